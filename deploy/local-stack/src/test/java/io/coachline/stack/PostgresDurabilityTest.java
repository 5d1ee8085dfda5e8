package io.coachline.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code ./platform up} keeps its data through a machine crash; only the throw-away test stack trades that for speed. */
class PostgresDurabilityTest {

    @Test
    void platformDataIsDurable(@TempDir Path stateDir) throws Exception {
        assertSettings(stateDir, true, "on");
    }

    @Test
    void testStackTradesDurabilityForSpeed(@TempDir Path stateDir) throws Exception {
        assertSettings(stateDir, false, "off");
    }

    private static void assertSettings(Path stateDir, boolean durable, String expected) throws Exception {
        Postgres pg = Postgres.embedded(stateDir, new Ports(), durable);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user, pg.password);
             Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals(expected, rs.getString(1), setting);
                }
            }
        } finally {
            pg.stop();
        }
    }
}
