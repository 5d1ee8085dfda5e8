package io.coachline.common.retry;

import io.coachline.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientRetryInterceptorTest {

    @Test
    void racesASecondTryCanWinAreTransientWhereverTheyAreInTheChain() {
        assertTrue(TransientRetryInterceptor.isTransient(new RuntimeException(new SQLException("x", "40001"))));
        assertTrue(TransientRetryInterceptor.isTransient(new SQLException("deadlock", "40P01")));
        assertTrue(TransientRetryInterceptor.isTransient(new IllegalStateException(new RuntimeException(new SQLException("dup", "23505")))));
        assertTrue(TransientRetryInterceptor.isTransient(new jakarta.persistence.OptimisticLockException("stale")));
        RuntimeException rollback = new RuntimeException("rolled back");
        rollback.addSuppressed(new org.hibernate.StaleObjectStateException("Application", 1));
        assertTrue(TransientRetryInterceptor.isTransient(rollback), "the cause may hide among the suppressed");
    }

    @Test
    void everythingElseIsNot() {
        assertFalse(TransientRetryInterceptor.isTransient(new SQLException("bad", "22001")));
        assertFalse(TransientRetryInterceptor.isTransient(ProblemException.notFound("Application")));
        assertFalse(TransientRetryInterceptor.isTransient(new IllegalArgumentException()));
    }
}
