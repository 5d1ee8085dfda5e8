package io.coachline.common.problem;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures mean "the database is away" (503) rather than a bug (500). */
class UnavailableMappersTest {

    @Test
    void connectionFailuresAreUnavailability() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertTrue(UnavailableMappers.isConnectionFailure(new JDBCConnectionException("Unable to open JDBC Connection", refused)));
        assertTrue(UnavailableMappers.isConnectionFailure(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(UnavailableMappers.isConnectionFailure(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(UnavailableMappers.isConnectionFailure(new SQLException("the database system is starting up", "57P03")));
        assertTrue(UnavailableMappers.isConnectionFailure(new RuntimeException(new SQLException("I/O error", "08006"))));
    }

    /** As Narayana reports a commit that PostgreSQL refused while shutting down (seen in PostgresRestartFaultTest). */
    @Test
    void aCommitRefusedOnShutdownIsUnavailabilityThoughOnlyASuppressedExceptionSaysSo() {
        javax.transaction.xa.XAException commit = new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction: FATAL: terminating connection due to administrator command");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);
        assertTrue(UnavailableMappers.isConnectionFailure(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(UnavailableMappers.isConnectionFailure(new GenericJDBCException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(UnavailableMappers.isConnectionFailure(new SQLException("invalid byte sequence for encoding", "22021")));
        assertFalse(UnavailableMappers.isConnectionFailure(new SQLException("no state")));
    }
}
