package io.coachline.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL: zonky's embedded server with its data kept in {@code DIR/pgdata}, or an existing server.
 *
 * <p>PostgreSQL refuses to run as root. zonky copes by itself where {@code unshare -U} works (it runs the server
 * in a user namespace). Where it does not, the binaries are unpacked by us (into the folder zonky would use, so
 * zonky takes them as ready) and {@code initdb}/{@code pg_ctl} are replaced by wrappers that drop to the user
 * {@code nobody} with {@code setpriv}; the data folder then belongs to that user.
 */
final class Postgres {
    static final List<String> DATABASES = List.of("tracker", "reminder", "feedback");

    final String host;
    final int port;
    final String user;
    final String password;
    private volatile EmbeddedPostgres embedded;
    private final Path dataDir;
    private final Path stateDir;
    private final boolean durable;

    private Postgres(String host, int port, String user, String password, EmbeddedPostgres embedded, Path stateDir,
                     boolean durable) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.stateDir = stateDir;
        this.dataDir = stateDir == null ? null : stateDir.resolve("pgdata");
        this.durable = durable;
    }

    static Postgres external(String host) throws SQLException {
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("COACHLINE_PG_PORT")).filter(s -> !s.isBlank()).orElse("5432"));
        String user = Optional.ofNullable(System.getenv("COACHLINE_PG_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("COACHLINE_PG_PASSWORD")).orElse("");
        Postgres pg = new Postgres(host, port, user, password, null, null, true);
        Log.info("using the existing PostgreSQL at %s:%d as %s", host, port, user);
        pg.createDatabases();
        return pg;
    }

    /**
     * Starts (or restarts on its kept data) the embedded server. {@code durable}: fsync, synchronous commit and full
     * page writes on, so a machine crash cannot lose or corrupt {@code .platform/} data (zonky's defaults, {@code -F}
     * and {@code synchronous_commit=off}, are kept only for the throw-away test stack, where speed wins).
     */
    static Postgres embedded(Path stateDir, Ports ports, boolean durable) throws Exception {
        stopLeftover(stateDir.resolve("pgdata"));
        int port = ports.choose("COACHLINE_PG_PORT", 5432);
        Postgres pg = new Postgres("localhost", port, "postgres", "postgres", startEmbedded(stateDir, port, durable),
                stateDir, durable);
        pg.createDatabases();
        return pg;
    }

    /** The embedded server is ours and its postmaster runs (false for an existing server: not ours to watch). */
    boolean alive() {
        if (dataDir == null) {
            return true;
        }
        return postmaster(dataDir).map(ProcessHandle::isAlive).orElse(false);
    }

    long pid() {
        return dataDir == null ? 0 : postmaster(dataDir).map(ProcessHandle::pid).orElse(0L);
    }

    /** After the postmaster died: start it again on the same port and data (crash recovery replays the WAL). */
    void restart() throws Exception {
        try {
            embedded.close(); // releases zonky's lock on the data folder, held by this JVM (its pg_ctl stop finds nothing)
        } catch (IOException e) {
            Log.info("closing the dead PostgreSQL: %s", e);
        }
        stopLeftover(dataDir); // a stale postmaster.pid PostgreSQL checks itself
        embedded = startEmbedded(stateDir, port, durable);
    }

    static Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static EmbeddedPostgres startEmbedded(Path stateDir, int port, boolean durable) throws Exception {
        Path dataDir = stateDir.resolve("pgdata");
        Path logFile = stateDir.resolve("logs/postgres.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Path binaries = stateDir.resolve("pg-binaries");
        builder.setOverrideWorkingDirectory(binaries.toFile());
        if (Root.isRoot()) {
            if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
                Log.info("running as root: zonky runs PostgreSQL in a user namespace (unshare -U)");
            } else {
                Root.prepare(binaries, dataDir);
            }
        }
        Files.createDirectories(logFile.getParent());
        return builder.start();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private void createDatabases() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            for (String db : DATABASES) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, db);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + db);
                    Log.info("created database %s", db);
                }
            }
        }
    }

    boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    void stop() {
        if (embedded != null) {
            long start = System.nanoTime();
            try {
                embedded.close();
            } catch (IOException e) {
                Log.error("stopping PostgreSQL: %s", e);
            }
            stopLeftover(dataDir); // in case pg_ctl stop did not get it
            Log.info("postgres stopped in %s", Log.seconds(start));
        }
    }

    /**
     * A postmaster left running on our own data folder (supervisor killed hard, or stopped mid-start) is ours:
     * stop it (SIGINT = fast shutdown), so the new start does not fail on "another server might be running".
     */
    static void stopLeftover(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive()) {
                String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
                if (cmdline.contains("postgres") && cmdline.contains(dataDir.toString())) {
                    Log.info("stopping the PostgreSQL left running on %s (pid %d)", dataDir, pid);
                    new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                    handle.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            Log.info("could not check %s: %s", pidFile, e);
        }
    }

    /** Running PostgreSQL as the user nobody when the supervisor is root. */
    static final class Root {
        private static final String USER = "nobody";

        static boolean isRoot() {
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
            } catch (Throwable e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        static void prepare(Path workingDir, Path dataDir) throws Exception {
            Log.info("running as root: PostgreSQL will run as the user '%s'", USER);
            byte[] archive;
            PgBinaryResolver resolver = DefaultPostgresBinaryResolver.INSTANCE;
            try (InputStream in = resolver.getPgBinary("Linux", "x86_64")) {
                archive = in.readAllBytes();
            }
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
            Path pgDir = workingDir.resolve("PG-" + digest);
            Path marker = pgDir.resolve(".exists");
            Path wrapped = pgDir.resolve(".coachline-wrapped");
            if (!Files.exists(wrapped)) {
                deleteTree(pgDir);
                Files.createDirectories(pgDir);
                extract(archive, pgDir);
                for (String tool : List.of("initdb", "pg_ctl")) {
                    Path bin = pgDir.resolve("bin").resolve(tool);
                    Path real = pgDir.resolve("bin").resolve(tool + ".real");
                    Files.move(bin, real, StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(bin, "#!/bin/sh\n"
                            + "# written by io.coachline.stack: PostgreSQL does not run as root\n"
                            + "cd /\n"
                            + "exec setpriv --reuid=" + USER + " --regid=" + groupOf(USER) + " --clear-groups -- \""
                            + real + "\" \"$@\"\n", StandardCharsets.UTF_8);
                    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                Files.writeString(wrapped, "");
                Files.writeString(marker, "");
            }
            // zonky takes the folder as unpacked when .exists is the newest entry
            long now = System.currentTimeMillis() + 1000;
            marker.toFile().setLastModified(now);
            pgDir.toFile().setLastModified(now - 50);
            chmodTree(workingDir);
            Files.createDirectories(dataDir);
            run("chown", "-R", USER + ":" + groupOf(USER), dataDir.toString());
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }

        private static String groupOf(String user) {
            return groupExists("nogroup") ? "nogroup" : user;
        }

        private static boolean groupExists(String group) {
            try {
                return Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith(group + ":"));
            } catch (IOException e) {
                return false;
            }
        }

        private static void chmodTree(Path dir) throws Exception {
            run("chmod", "-R", "a+rX", dir.toString());
        }

        private static void run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        }

        private static void extract(byte[] archive, Path target) throws IOException {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("bad entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else if (entry.isLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createLink(out, target.resolve(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        ByteArrayOutputStream content = new ByteArrayOutputStream();
                        tar.transferTo(content);
                        Files.write(out, content.toByteArray());
                        if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
                            out.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
        }

        private static void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (var walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
