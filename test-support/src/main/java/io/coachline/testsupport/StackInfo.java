package io.coachline.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What {@code state.properties} of a running local stack says: where each component answers, and its secrets. */
public record StackInfo(
        String status,
        long supervisorPid,
        Path stateDir,
        String pgHost,
        int pgPort,
        String pgUser,
        String pgPassword,
        String kafkaBootstrap,
        String keycloakUrl,
        String keycloakManagementUrl,
        String keycloakRealm,
        String keycloakAdminUser,
        String keycloakAdminPassword,
        String gatewayClientSecret,
        String adminClientSecret,
        int smtpPort,
        int imapPort,
        Map<String, String> serviceUrls,
        Map<String, String> all) {

    static StackInfo from(Properties p) {
        Map<String, String> all = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> all.put(k, p.getProperty(k)));
        Map<String, String> services = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.endsWith(".url") && !k.startsWith("keycloak.")) {
                services.put(k.substring(0, k.length() - 4), v);
            }
        });
        return new StackInfo(
                p.getProperty("status", ""),
                Long.parseLong(p.getProperty("supervisor.pid", "0")),
                Path.of(p.getProperty("state.dir", ".")),
                p.getProperty("pg.host"),
                Integer.parseInt(p.getProperty("pg.port", "0")),
                p.getProperty("pg.user"),
                p.getProperty("pg.password"),
                p.getProperty("kafka.bootstrap"),
                p.getProperty("keycloak.url"),
                p.getProperty("keycloak.management.url"),
                p.getProperty("keycloak.realm", "coaching"),
                p.getProperty("keycloak.admin.user"),
                p.getProperty("keycloak.admin.password"),
                p.getProperty("gateway.client.secret"),
                p.getProperty("admin.client.secret"),
                Integer.parseInt(p.getProperty("smtp.port", "0")),
                Integer.parseInt(p.getProperty("imap.port", "0")),
                Map.copyOf(services),
                Map.copyOf(all));
    }

    /** {@code jdbc:postgresql://host:port/<database>}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    /** The realm's issuer, {@code <keycloakUrl>/realms/coaching}. */
    public String issuer() {
        return keycloakUrl + "/realms/" + keycloakRealm;
    }

    /** {@code <issuer>/protocol/openid-connect/token}. */
    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    @Override
    public String toString() {
        return "StackInfo[" + status + ", pg " + pgHost + ":" + pgPort + ", kafka " + kafkaBootstrap + ", keycloak "
                + keycloakUrl + ", smtp " + smtpPort + ", imap " + imapPort + ", state " + stateDir + "]";
    }
}
