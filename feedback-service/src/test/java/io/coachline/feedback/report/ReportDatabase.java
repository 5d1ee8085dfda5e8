package io.coachline.feedback.report;

import io.coachline.testsupport.LocalStack;
import io.coachline.testsupport.StackInfo;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database of its own on the real test PostgreSQL, with this service's migrations, for tests that need no Quarkus. */
final class ReportDatabase {

    private ReportDatabase() {
    }

    /** Drops and creates {@code name}, migrates it as the service would, and connects to it. */
    static Connection fresh(String name) throws SQLException {
        StackInfo stack = LocalStack.ensureRunning();
        try (Connection admin = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.pgUser(), stack.pgPassword());
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        Flyway.configure().dataSource(stack.jdbcUrl(name), stack.pgUser(), stack.pgPassword())
                .locations("classpath:db/common", "classpath:db/migration").outOfOrder(true).load().migrate();
        return connect(name);
    }

    static Connection connect(String name) throws SQLException {
        StackInfo stack = LocalStack.ensureRunning();
        return DriverManager.getConnection(stack.jdbcUrl(name), stack.pgUser(), stack.pgPassword());
    }
}
