package io.coachline.systemtests;

import io.coachline.testsupport.PlatformStack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The whole platform for the system tests, started once in {@code <repo>/target/system-stack} on free ports with a
 * lease of {@link #LEASE_SECONDS} (test-support's {@link PlatformStack}).
 */
final class SystemStack {
    static final long LEASE_SECONDS = 90;
    private static final PlatformStack STACK = new PlatformStack("system-stack", LEASE_SECONDS, Map.of());

    private SystemStack() {
    }

    static Properties ensureRunning() {
        return STACK.ensureRunning();
    }

    static String gatewayUrl() {
        return url("gateway");
    }

    static String url(String module) {
        return STACK.url(module);
    }

    static String keycloakUrl() {
        return STACK.keycloakUrl();
    }

    static Path root() {
        return PlatformStack.root();
    }

    static boolean answers(String url) {
        return PlatformStack.answers(url);
    }

    static void log(String message) {
        PlatformStack.log(message);
    }
}
