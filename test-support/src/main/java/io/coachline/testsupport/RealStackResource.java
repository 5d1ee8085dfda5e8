package io.coachline.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared real stack ({@link LocalStack}). Init argument {@code database}
 * (tracker, reminder, feedback) sets the datasource; without it no datasource key is given.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = RealStackResource.class, initArgs = &#64;ResourceArg(name = "database", value = "tracker"))
 * </pre>
 */
public class RealStackResource implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs == null ? null : initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        StackInfo stack = LocalStack.ensureRunning();
        Map<String, String> config = new LinkedHashMap<>();
        if (database != null && !database.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(database));
            config.put("quarkus.datasource.username", stack.pgUser());
            config.put("quarkus.datasource.password", stack.pgPassword());
        }
        config.put("kafka.bootstrap.servers", stack.kafkaBootstrap());
        config.put("coachline.keycloak-url", stack.keycloakUrl());
        config.put("coachline.gateway-client-secret", stack.gatewayClientSecret());
        config.put("coachline.admin-client-secret", stack.adminClientSecret());
        config.put("quarkus.mailer.host", "localhost");
        config.put("quarkus.mailer.port", Integer.toString(stack.smtpPort()));
        config.put("coachline.imap-port", Integer.toString(stack.imapPort()));
        return config;
    }

    @Override
    public void stop() {
        // nothing: the stack outlives this test JVM and stops by itself when its lease runs out
    }
}
