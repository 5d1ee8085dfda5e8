package io.coachline.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium driven by {@code playwright-core} from npm, both made present by the test itself: Chromium from
 * {@code apt-get} when absent and running as root, playwright-core with {@code npm install --no-save} (with axe-core) into
 * {@code system-tests/target/node_modules}. Scenarios are node scripts in {@code src/test/node}; a script says
 * {@code OK ...} per check and exits 0, or exits non-zero with the reason.
 */
final class Browser {

    record Run(int exitCode, String output) {
    }

    private static boolean ready;

    private Browser() {
    }

    static Path moduleDir() {
        String dir = System.getProperty("system-tests.dir");
        return dir != null ? Path.of(dir) : SystemStack.root().resolve("system-tests");
    }

    static Path chromium() {
        return Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    }

    static synchronized void ensureReady() throws IOException, InterruptedException {
        if (ready) {
            return;
        }
        ensureChromium();
        ensureNode();
        ensurePlaywright();
        ready = true;
    }

    private static void ensureChromium() throws IOException, InterruptedException {
        ensureDebianPackages(chromium(), "chromium");
    }

    /** node and npm run the scenarios and install playwright-core: from Debian's packages when absent, as Chromium. */
    static synchronized void ensureNode() throws IOException, InterruptedException {
        ensureDebianPackages(Path.of("/usr/bin/npm"), "nodejs", "npm");
    }

    private static void ensureDebianPackages(Path binary, String... packages) throws IOException, InterruptedException {
        if (Files.isExecutable(binary)) {
            return;
        }
        String names = String.join(" ", packages);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IllegalStateException(binary + " is missing. Install Debian's " + names + " (sudo apt-get install -y " + names
                    + "); the system tests drive Chromium with playwright-core from node.");
        }
        SystemStack.log(binary + " is missing: installing " + names + " with apt-get (root)");
        Run update = exec(List.of("apt-get", "update", "-qq"), Map.of("DEBIAN_FRONTEND", "noninteractive"), 600);
        List<String> install = new java.util.ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
        install.addAll(List.of(packages));
        Run installed = exec(install, Map.of("DEBIAN_FRONTEND", "noninteractive"), 900);
        if (installed.exitCode() != 0 || !Files.isExecutable(binary)) {
            throw new IllegalStateException("apt-get install " + names + " failed:\n" + update.output() + installed.output());
        }
    }

    private static void ensurePlaywright() throws IOException, InterruptedException {
        String version = System.getProperty("playwright-core.version", "1.65.1");
        String axe = System.getProperty("axe-core.version", "4.14.1");
        Path target = moduleDir().resolve("target");
        Path pkg = target.resolve("node_modules/playwright-core/package.json");
        Path axePkg = target.resolve("node_modules/axe-core/package.json");
        if (installed(pkg, version) && installed(axePkg, axe)) {
            return;
        }
        Files.createDirectories(target);
        SystemStack.log("installing playwright-core@" + version + " and axe-core@" + axe + " into " + target.resolve("node_modules"));
        Run npm = exec(List.of("npm", "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
                "--prefix", target.toString(), "playwright-core@" + version, "axe-core@" + axe), Map.of(), 300);
        if (npm.exitCode() != 0 || !Files.exists(pkg) || !Files.exists(axePkg)) {
            throw new IllegalStateException("npm install playwright-core@" + version + " axe-core@" + axe + " failed:\n" + npm.output());
        }
    }

    private static boolean installed(Path packageJson, String version) throws IOException {
        return Files.exists(packageJson) && Files.readString(packageJson).contains("\"version\": \"" + version + "\"");
    }

    /** Runs one scenario script with the gateway's address and the given extra environment. */
    static Run scenario(String script, Map<String, String> env) throws IOException, InterruptedException {
        ensureReady();
        Path module = moduleDir();
        Path screenshots = module.resolve("target/screenshots");
        Files.createDirectories(screenshots);
        Path profile = Files.createTempDirectory(module.resolve("target"), "chromium-profile-");
        List<String> command = List.of("node", module.resolve("src/test/node").resolve(script).toString());
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("NODE_PATH", module.resolve("target/node_modules").toString());
        all.put("GATEWAY_URL", SystemStack.gatewayUrl());
        all.put("CHROMIUM", chromium().toString());
        all.put("USER_DATA_DIR", profile.toString());
        all.put("SCREENSHOTS", screenshots.toString());
        Run run = exec(command, all, 180);
        SystemStack.log(script + " exited " + run.exitCode() + ":\n" + run.output());
        return run;
    }

    static Run exec(List<String> command, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile("coachline-exec-", ".log");
        builder.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(finished ? process.exitValue() : -1, finished ? output : output + "\n(timed out after " + timeoutSeconds + " s)");
    }

    static List<String> okLines(Run run) {
        List<String> ok = new ArrayList<>();
        for (String line : run.output().split("\n")) {
            if (line.startsWith("OK ")) {
                ok.add(line.substring(3).trim());
            }
        }
        return ok;
    }
}
