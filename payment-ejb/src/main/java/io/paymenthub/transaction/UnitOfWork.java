package io.paymenthub.transaction;

import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work in its own transaction and, when it meets a concurrent change (an optimistic-lock
 * conflict, a lock timeout, a serialization failure), runs the whole unit again, a bounded number of times.
 * The work must flush before it returns, so that conflicts surface here and not at commit.
 */
@ApplicationScoped
public class UnitOfWork {

    private static final Logger LOG = Logger.getLogger(UnitOfWork.class);
    static final int MAX_ATTEMPTS = 12;

    @Inject
    Transactions transactions;

    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inNewTransaction(work);
            } catch (RuntimeException e) {
                if (!ConcurrencyConflicts.isConflict(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    LOG.warnf("Gave up after %d concurrent-update conflicts", attempt);
                    throw new HubException(ProblemCode.CONFLICT, "The payment is being changed concurrently; retry");
                }
                LOG.debugf("Concurrent update (attempt %d), retrying: %s", attempt, e);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
