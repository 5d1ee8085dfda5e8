package io.coachline.common.retry;

import io.coachline.common.problem.Causes;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Wraps the transaction (it runs before {@code @Transactional}'s interceptor, priority 200) and
 * repeats it a few times, with a short random pause, when it failed only because a concurrent
 * transaction won. Inside an outer transaction it does nothing: only the outermost one can be
 * repeated. When every attempt lost, the client gets 409 and may simply retry.
 */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientRetryInterceptor {

    static final int ATTEMPTS = 8;
    private static final Logger LOG = Logger.getLogger(TransientRetryInterceptor.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    public Object retry(InvocationContext context) throws Exception {
        if (inTransaction()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warnf("%s lost %d races in a row: %s", context.getMethod().getName(), ATTEMPTS, e.toString());
                    throw new ProblemException(Problem.of(409, "concurrent-change", "Concurrent change",
                            "Someone changed the same data at the same moment. Nothing of your request was saved; please try again."));
                }
                LOG.debugf("%s retried after %s", context.getMethod().getName(), e.toString());
                // random and growing, so that the writers that collided spread out
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40L * attempt));
            }
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /**
     * Serialization failure (40001), deadlock (40P01), a unique key another transaction just
     * inserted (23505: a get-or-create race) or a stale {@code @Version}, anywhere in the cause chain.
     */
    public static boolean isTransient(Throwable e) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof ProblemException) {
                return false;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && Set.of("40001", "40P01", "23505").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
