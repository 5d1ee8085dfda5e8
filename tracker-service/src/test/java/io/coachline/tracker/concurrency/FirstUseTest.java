package io.coachline.tracker.concurrency;

import io.coachline.testsupport.Http;
import io.coachline.testsupport.Parallel;
import io.coachline.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A login the tracker has not met yet (added in Keycloak by hand) gets its person on first use; four
 * first requests at once make one person and four applications, never a 500.
 */
@QuarkusTest
class FirstUseTest {

    // no other tracker test uses this seeker: its person row is removed and made again here
    static final String USER = "fjord-seeker7";

    @Test
    void fourFirstRequestsAtOnceMakeOnePerson() throws SQLException {
        UUID id = UUID.fromString(Tokens.claims(Tokens.accessToken(USER)).path("sub").asText());
        String coach;
        try (Connection db = Arc.container().instance(DataSource.class).get().getConnection()) {
            coach = one(db, "SELECT CAST(coach_id AS TEXT) FROM person WHERE id = ?", id);
            try (PreparedStatement forget = db.prepareStatement("DELETE FROM person WHERE id = ?")) {
                forget.setObject(1, id);
                assertEquals(1, forget.executeUpdate(), "the demo seed made the person; now the tracker has never met them");
            }
        }

        List<Http.Answer> answers = Parallel.run(4, i -> Http.send(USER, "POST", "/api/applications",
                "{\"employer\":\"First use " + i + "\",\"position\":\"Tester\",\"sector\":\"PRIVATE\"}"));
        answers.forEach(a -> assertEquals(201, a.status(), a.body()));

        try (Connection db = Arc.container().instance(DataSource.class).get().getConnection()) {
            assertEquals("1", one(db, "SELECT CAST(count(*) AS TEXT) FROM person WHERE id = ?", id));
            assertEquals("4", one(db, "SELECT CAST(count(*) AS TEXT) FROM application WHERE seeker_id = ?", id));
            try (PreparedStatement restore = db.prepareStatement("UPDATE person SET coach_id = CAST(? AS UUID) WHERE id = ?")) {
                restore.setString(1, coach);
                restore.setObject(2, id);
                restore.executeUpdate();
            }
        }
    }

    static String one(Connection db, String sql, UUID id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
