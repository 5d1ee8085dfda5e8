package io.coachline.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Keycloak's server distribution in dev mode (its H2 data stays in the state folder), with the coaching realm. */
final class Keycloak {
    static final String REALM = "coaching";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String url;
    final int managementPort;
    private final Child child;

    private Keycloak(String url, int managementPort, Child child) {
        this.url = url;
        this.managementPort = managementPort;
        this.child = child;
    }

    static Keycloak start(Path stateDir, Path distZip, Path realmFile, Ports ports, Map<String, String> secrets,
                          int smtpPort, LocalStackMain supervisor) throws Exception {
        Path home = stateDir.resolve("keycloak");
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            long start = System.nanoTime();
            if (!Files.exists(distZip)) {
                throw new IllegalStateException(distZip + " is missing: build deploy/local-stack first");
            }
            unzip(distZip, home);
            Log.info("keycloak unpacked into %s in %s", home, Log.seconds(start));
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve("coaching-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        // Keycloak imports a realm only when it does not exist yet: when the realm file changed, start from scratch.
        Path h2 = home.resolve("data/h2");
        Path importedHash = home.resolve("data/coaching-realm.sha256");
        String hash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realmFile)));
        if (Files.exists(h2)) {
            String previous = Files.exists(importedHash) ? Files.readString(importedHash).trim() : "";
            if (previous.equals(hash)) {
                Log.info("keycloak keeps its data in %s (realm file unchanged since its import)", h2);
            } else {
                Log.info("keycloak: %s changed since it was imported: dropping Keycloak's data (%s) to import it again",
                        realmFile.getFileName(), h2);
                deleteTree(h2);
            }
        }
        // the hash is written once the import is done: a start interrupted mid-import imports again next time
        Files.deleteIfExists(importedHash);

        int port = ports.choose("COACHLINE_KEYCLOAK_PORT", 8180);
        int managementPort = ports.choose("COACHLINE_KEYCLOAK_MANAGEMENT_PORT", 9000);
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", secrets.get("keycloak.admin.user"));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get("keycloak.admin.password"));
        env.put("COACHLINE_GATEWAY_CLIENT_SECRET", secrets.get("gateway.client.secret"));
        env.put("COACHLINE_ADMIN_CLIENT_SECRET", secrets.get("admin.client.secret"));
        env.put("COACHLINE_SMTP_PORT", Integer.toString(smtpPort));
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", Integer.toString(port),
                "--http-management-port", Integer.toString(managementPort),
                "--health-enabled=true", "--import-realm");
        Child child = supervisor.register(Child.start("keycloak", command, home, env, stateDir.resolve("logs/keycloak.log")));
        String url = "http://localhost:" + port;
        waitReady(url, managementPort, child, 600);
        Files.writeString(importedHash, hash + "\n");
        Keycloak keycloak = new Keycloak(url, managementPort, child);
        keycloak.pointMailAt(secrets, smtpPort);
        return keycloak;
    }

    private static void waitReady(String url, int managementPort, Child child, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!child.alive()) {
                throw new IllegalStateException("Keycloak exited with " + child.process.exitValue() + ":\n" + child.tail(40));
            }
            if (answers(url, managementPort)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeoutSeconds + " s:\n" + child.tail(40));
    }

    static boolean answers(String url, int managementPort) {
        return status("http://localhost:" + managementPort + "/health/ready") == 200
                && status(url + "/realms/" + REALM + "/.well-known/openid-configuration") == 200;
    }

    static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The realm's mail server is the stack's SMTP port, whichever it is this time (the realm file's value is
     * only read at the first import).
     */
    private void pointMailAt(Map<String, String> secrets, int smtpPort) {
        try {
            String form = "grant_type=password&client_id=admin-cli&username="
                    + URLEncoder.encode(secrets.get("keycloak.admin.user"), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(secrets.get("keycloak.admin.password"), StandardCharsets.UTF_8);
            HttpResponse<String> tokenResponse = HTTP.send(HttpRequest.newBuilder(
                            URI.create(url + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenResponse.body());
            if (!token.find()) {
                Log.error("keycloak: no admin token (%d), the realm's SMTP port is left as it is", tokenResponse.statusCode());
                return;
            }
            String body = "{\"smtpServer\":{\"host\":\"localhost\",\"port\":\"" + smtpPort + "\","
                    + "\"from\":\"no-reply@coachline.example\",\"fromDisplayName\":\"Coachline\","
                    + "\"auth\":\"false\",\"ssl\":\"false\",\"starttls\":\"false\"}}";
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM))
                    .header("Authorization", "Bearer " + token.group(1))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (update.statusCode() / 100 != 2) {
                Log.error("keycloak: setting the realm's SMTP server answered %d %s", update.statusCode(), update.body());
            }
        } catch (Exception e) {
            Log.error("keycloak: could not set the realm's SMTP server: %s", e);
        }
    }

    private static void unzip(Path zip, Path home) throws IOException {
        Path temp = home.resolveSibling(home.getFileName() + ".unpacking");
        deleteTree(temp);
        Files.createDirectories(temp);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? name : name.substring(slash + 1); // drop keycloak-<version>/
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = temp.resolve(relative).normalize();
                if (!out.startsWith(temp)) {
                    throw new IOException("bad zip entry " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
                    if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        deleteTree(home);
        Files.move(temp, home);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    void stop() {
        if (child != null) {
            child.stop(30);
        }
    }
}
