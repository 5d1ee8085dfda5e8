package io.coachline.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's supervisor: PostgreSQL, Kafka, Keycloak, SMTP and (with {@code --services}) the platform's services,
 * started in that order, each waited for, described in {@code DIR/state.properties}, and stopped in reverse order on
 * SIGTERM or when the lease runs out.
 *
 * <pre>
 * java -cp deploy/local-stack/target/classes:deploy/local-stack/target/lib/* io.coachline.stack.LocalStackMain \
 *      up --state-dir DIR [--services] [--lease-seconds N] [--root REPO]
 * </pre>
 */
public final class LocalStackMain {
    private final Path root;
    private final Path stateDir;
    private final boolean withServices;
    private final long leaseSeconds;
    private final Map<String, String> state = new LinkedHashMap<>();
    private final Deque<Stopper> stoppers = new ArrayDeque<>();
    private final List<Supervised> supervised = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Ports ports = new Ports();
    private volatile boolean stopping;
    private FileLock lock;

    private record Stopper(String name, Runnable action) {
    }

    private LocalStackMain(Path root, Path stateDir, boolean withServices, long leaseSeconds) {
        this.root = root;
        this.stateDir = stateDir;
        this.withServices = withServices;
        this.leaseSeconds = leaseSeconds;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        if (args.length == 0 || !"up".equals(args[0])) {
            usage();
        }
        Path stateDir = null;
        Path root = null;
        boolean services = false;
        long lease = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--state-dir" -> stateDir = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                case "--services" -> services = true;
                case "--lease-seconds" -> lease = Long.parseLong(args[++i]);
                default -> usage();
            }
        }
        if (stateDir == null) {
            usage();
        }
        root = (root == null ? findRoot() : root).toAbsolutePath().normalize();
        LocalStackMain main = new LocalStackMain(root, stateDir.toAbsolutePath().normalize(), services, lease);
        System.exit(main.run());
    }

    private static void usage() {
        System.err.println("usage: LocalStackMain up --state-dir DIR [--services] [--lease-seconds N] [--root REPO]");
        System.exit(2);
    }

    /** The repository: -Dcoachline.root, else up from this class's folder (deploy/local-stack/target/classes). */
    static Path findRoot() {
        String property = System.getProperty("coachline.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path here = Path.of(LocalStackMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("deploy/local-stack"))) {
                    return p;
                }
            }
        } catch (Exception ignored) {
            // fall through
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local-stack"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no deploy/local-stack above here)");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private int run() throws Exception {
        Files.createDirectories(stateDir.resolve("logs"));
        FileChannel channel = FileChannel.open(stateDir.resolve("supervisor.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        lock = channel.tryLock();
        if (lock == null) {
            Log.error("another supervisor already runs on %s", stateDir);
            return 3;
        }
        long begin = System.nanoTime();
        Log.info("local stack: state %s, repository %s, services %s, lease %s", stateDir, root, withServices,
                leaseSeconds > 0 ? leaseSeconds + " s" : "none");
        Map<String, String> secrets = secrets();
        state.put("status", "starting");
        state.put("supervisor.pid", Long.toString(ProcessHandle.current().pid()));
        state.put("started.at", OffsetDateTime.now().toString());
        state.put("state.dir", stateDir.toString());
        state.put("logs.dir", stateDir.resolve("logs").toString());
        state.put("keycloak.realm", Keycloak.REALM);
        state.put("keycloak.admin.user", secrets.get("keycloak.admin.user"));
        state.put("keycloak.admin.password", secrets.get("keycloak.admin.password"));
        state.put("gateway.client.secret", secrets.get("gateway.client.secret"));
        state.put("admin.client.secret", secrets.get("admin.client.secret"));
        state.put("calendar.feed.key", secrets.get("calendar.feed.key"));
        state.put("mail.unsubscribe.key", secrets.get("mail.unsubscribe.key"));
        status("starting", "postgres");

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll("stopped"), "stack-shutdown"));
        if (leaseSeconds > 0) {
            startLeaseWatch();
        }
        try {
            startAll(secrets);
        } catch (Throwable e) {
            if (stopping) {
                Log.info("start interrupted: the stack is stopping");
            } else {
                Log.error("the stack did not start: %s", e.getMessage() == null ? e.toString() : e.getMessage());
                e.printStackTrace(System.out);
                state.put("error", String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                stopAll("failed");
                return 1;
            }
            stopped.await();
            return 0;
        }
        Log.info("stack ready in %s", Log.seconds(begin));
        state.put("timing.total.ms", Long.toString((System.nanoTime() - begin) / 1_000_000));
        status("ready", null);
        watchChildren();
        return 0;
    }

    private void startAll(Map<String, String> secrets) throws Exception {
        // PostgreSQL
        long t = System.nanoTime();
        Postgres pg;
        String pgHost = System.getenv("COACHLINE_PG_HOST");
        Path pgData = stateDir.resolve("pgdata");
        Postgres[] pgRef = new Postgres[1];
        onStop("postgres", () -> {
            if (pgRef[0] != null) {
                pgRef[0].stop();
            } else if (pgHost == null || pgHost.isBlank()) {
                Postgres.stopLeftover(pgData);
            }
        });
        pg = pgHost != null && !pgHost.isBlank() ? Postgres.external(pgHost)
                // a leased stack is a test's throw-away stack; ./platform up (no lease) keeps real data;
                // COACHLINE_PG_DURABLE=true for a leased stack whose tests crash PostgreSQL on purpose
                : Postgres.embedded(stateDir, ports, leaseSeconds == 0 || "true".equals(System.getenv("COACHLINE_PG_DURABLE")));
        pgRef[0] = pg;
        if (pgHost == null || pgHost.isBlank()) {
            watch(new Supervised("postgres", pg::alive, pg::pid, pg::restart, System.currentTimeMillis()));
        }
        state.put("pg.host", pg.host);
        state.put("pg.port", Integer.toString(pg.port));
        state.put("pg.user", pg.user);
        state.put("pg.password", pg.password);
        state.put("pg.databases", String.join(",", Postgres.DATABASES));
        ready("postgres", t, pg.host + ":" + pg.port);
        checkNotStopping();

        // Kafka
        status("starting", "kafka");
        t = System.nanoTime();
        String kafkaBootstrap = System.getenv("COACHLINE_KAFKA_BOOTSTRAP");
        Kafka kafka = kafkaBootstrap != null && !kafkaBootstrap.isBlank()
                ? Kafka.external(kafkaBootstrap)
                : Kafka.start(stateDir, libDir(), ports, this);
        state.put("kafka.bootstrap", kafka.bootstrap);
        ready("kafka", t, kafka.bootstrap);
        checkNotStopping();

        // Keycloak (its realm sends mail to our SMTP server, whose ports are chosen now)
        status("starting", "keycloak");
        t = System.nanoTime();
        int smtpPort = ports.choose("COACHLINE_SMTP_PORT", 3025);
        int imapPort = ports.choose("COACHLINE_IMAP_PORT", 3143);
        Keycloak keycloak = Keycloak.start(stateDir, libDir().resolveSibling("dist/keycloak.zip"),
                root.resolve("deploy/keycloak/coaching-realm.json"), ports, secrets, smtpPort, this);
        state.put("keycloak.url", keycloak.url);
        state.put("keycloak.management.url", "http://localhost:" + keycloak.managementPort);
        state.put("keycloak.issuer", keycloak.url + "/realms/" + Keycloak.REALM);
        ready("keycloak", t, keycloak.url);
        checkNotStopping();

        // SMTP
        status("starting", "smtp");
        t = System.nanoTime();
        Smtp smtp = Smtp.start(smtpPort, imapPort);
        onStop("smtp", smtp::stop);
        state.put("smtp.host", "localhost");
        state.put("smtp.port", Integer.toString(smtp.smtpPort));
        state.put("imap.port", Integer.toString(smtp.imapPort));
        ready("smtp", t, "smtp " + smtp.smtpPort + ", imap " + smtp.imapPort);
        checkNotStopping();

        if (withServices) {
            status("starting", "services");
            t = System.nanoTime();
            Services services = new Services();
            services.start(root, stateDir, ports, state, this);
            // a service late for its wait keeps its address: it is supervised and may still come up (services.failed)
            for (Services.Running s : services.running) {
                state.put(s.name() + ".url", s.url());
            }
            state.put("services.skipped", String.join(",", services.skipped));
            state.put("services.failed", String.join(",", services.failed));
            ready("services", t, services.running.size() - services.failed.size() + " ready, "
                    + services.skipped.size() + " skipped, " + services.failed.size() + " failed");
        }
    }

    private void ready(String component, long startNanos, String where) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        state.put("timing." + component + ".ms", Long.toString(ms));
        Log.info("%s ready in %.1f s (%s)", component, ms / 1000.0, where);
    }

    Path libDir() {
        return root.resolve("deploy/local-stack/target/lib");
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
    }

    /** Every child is registered as soon as it runs, so a stop in the middle of starting still stops it. */
    synchronized Child register(Child child) {
        watch(new Supervised(child.name, child::alive, () -> child.process.pid(), child::restart, System.currentTimeMillis()));
        onStop(child.name, () -> child.stop(30));
        if (stopping) {
            child.stop(10);
            throw new IllegalStateException("stopping");
        }
        return child;
    }

    private synchronized void onStop(String name, Runnable action) {
        stoppers.push(new Stopper(name, action));
    }

    synchronized void status(String status, String component) {
        state.put("status", status);
        if (component == null) {
            state.remove("starting.component");
        } else {
            state.put("starting.component", component);
        }
        state.put("updated.at", OffsetDateTime.now().toString());
        PropertiesFile.write(stateDir.resolve("state.properties"), state,
                "Coachline local stack, written by io.coachline.stack.LocalStackMain");
    }

    /** Stops, in reverse order, everything this supervisor started. Idempotent. */
    private void stopAll(String finalStatus) {
        List<Stopper> toRun;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            status("stopping", null);
            toRun = new ArrayList<>(stoppers);
        }
        long start = System.nanoTime();
        Log.info("stopping the stack");
        for (Stopper stopper : toRun) {
            try {
                stopper.action().run();
            } catch (Throwable e) {
                Log.error("stopping %s: %s", stopper.name(), e);
            }
        }
        status(finalStatus, null);
        Log.info("stack %s (stopping took %s)", finalStatus, Log.seconds(start));
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // exiting anyway
        }
        stopped.countDown();
    }

    private void startLeaseWatch() throws IOException {
        Path leaseFile = stateDir.resolve("lease");
        if (!Files.exists(leaseFile)) {
            Files.createFile(leaseFile);
        }
        Files.setLastModifiedTime(leaseFile, FileTime.from(Instant.now()));
        Thread watch = new Thread(() -> {
            while (!stopping) {
                try {
                    Thread.sleep(5000);
                    long age = System.currentTimeMillis() - Files.getLastModifiedTime(leaseFile).toMillis();
                    if (age > leaseSeconds * 1000) {
                        Log.info("lease %s not renewed for %d s: stopping", leaseFile, age / 1000);
                        System.exit(0);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    Log.info("lease %s unreadable (%s): stopping", leaseFile, e.getMessage());
                    System.exit(0);
                }
            }
        }, "lease-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private synchronized void watch(Supervised component) {
        supervised.add(component);
        state.put(component.name + ".restarts", "0");
        state.put(component.name + ".state", "up");
        state.put(component.name + ".pid", Long.toString(component.pid()));
    }

    /**
     * Until stopped: brings back every component that dies (see {@link Supervised}), unless a test holds it down
     * with a file {@code DIR/hold/<name>}. A file {@code DIR/wake} ({@code ./platform up}) restarts what is down now.
     */
    private void watchChildren() throws InterruptedException {
        Path holds = stateDir.resolve("hold");
        Path wakeFile = stateDir.resolve("wake");
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            boolean wake = false;
            try {
                wake = Files.deleteIfExists(wakeFile);
            } catch (IOException e) {
                Log.error("cannot remove %s: %s", wakeFile, e);
            }
            if (wake) {
                Log.info("woken: restarting whatever is down now");
            }
            boolean changed = false;
            for (Supervised component : List.copyOf(supervised)) {
                if (stopping) {
                    return;
                }
                if (component.check(System.currentTimeMillis(), Files.exists(holds.resolve(component.name)), wake)) {
                    synchronized (this) {
                        state.put(component.name + ".restarts", Integer.toString(component.restarts()));
                        state.put(component.name + ".state", component.state().name().toLowerCase());
                        state.put(component.name + ".pid", Long.toString(component.pid()));
                    }
                    changed = true;
                }
            }
            if (changed && !stopping) {
                status("ready", null);
            }
        }
    }

    private Map<String, String> secrets() throws IOException {
        Path file = stateDir.resolve("secrets.properties");
        Properties existing = PropertiesFile.read(file);
        Map<String, String> secrets = new LinkedHashMap<>();
        boolean changed = false;
        for (String key : List.of("keycloak.admin.user", "keycloak.admin.password", "gateway.client.secret",
                "admin.client.secret", "calendar.feed.key", "mail.unsubscribe.key")) {
            String value = existing.getProperty(key);
            if (value == null || value.isBlank()) {
                value = key.equals("keycloak.admin.user") ? "admin" : randomSecret();
                changed = true;
            }
            secrets.put(key, value);
        }
        if (changed) {
            PropertiesFile.write(file, secrets, "Generated on the first start of this stack; Keycloak's data depends on them");
        }
        return secrets;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
