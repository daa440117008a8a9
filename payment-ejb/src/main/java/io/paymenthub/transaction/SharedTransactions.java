package io.paymenthub.transaction;

import io.paymenthub.metrics.HubMetrics;
import io.paymenthub.problem.HubException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs the short units of work of concurrent requests in shared transactions (a group commit): a caller queues its
 * work and waits; a caller that gets one of the node's {@link #AT_ONCE} places takes every unit waiting (up to
 * {@link #MOST}) and runs them one after the other in one transaction — one commit for all of them instead of one
 * each, and their rows written in batches at its end. Units that create rows others refer to
 * ({@link Shareable#createsReferencedRows()}: new payments) run first. Every caller is answered only after the
 * transaction that holds its work committed, so nothing acknowledged is lost. The rows its units named before they
 * ran ({@link Shareable#reads()}) are read first, for all of them at once. A unit alone takes a place only when no
 * shared transaction runs: beside a running one, it waits for the next, with the units that come meanwhile.
 * <p>
 * A unit that is refused ({@link HubException}) changes nothing and does not disturb the others. When the shared
 * transaction fails for any other reason (a concurrent change, a constraint), it rolls back whole. When one unit's
 * work failed it, that unit runs again on its own ({@link Shareable#alone}, with the conflict retries of a single
 * unit) and the others share a transaction once more; when that fails too, or the commit failed, every unit runs
 * on its own. A lone unit runs as a shared one too, its rows written at the commit (a unit of work of its own
 * flushes each step, and most of a checkout's units come alone) — on its own only when that failed.
 * <p>
 * A unit runs on whichever caller's thread applies the batch, with its own caller's logging context: it must not
 * use the request-scoped state of the thread it runs on.
 */
@ApplicationScoped
public class SharedTransactions {

    private static final Logger LOG = Logger.getLogger(SharedTransactions.class);
    /** The most units one transaction runs; the others wait for the next. */
    static final int MOST = 32;
    /**
     * Shared transactions at once: two, so that one runs while the other waits on the database. Their updates are
     * sent in the order of their rows' ids ({@code hibernate.order_updates}), so two transactions never wait on each
     * other's rows in a cycle.
     */
    static final int AT_ONCE = 2;
    /**
     * The fewest waiting units that take a place beside a running transaction: a lone unit beside one costs a
     * commit of its own while the other waits on the database. In a series of benchmark runs, two kept the
     * callbacks' overlap of commits (two places) and the checkouts' batching (one place).
     */
    static final int TOGETHER_BESIDE = 2;
    /** Units that create rows others refer to before the others, each kind in the order it came (a stable sort). */
    private static final Comparator<Queued<?>> CREATIONS_FIRST =
            Comparator.comparing(queued -> !queued.work.createsReferencedRows());
    /** A waiting caller looks again this often even when nothing woke it. */
    private static final long LOOK_AGAIN_NANOS = 2_000_000;

    @Inject
    Transactions transactions;

    @Inject
    HubMetrics metrics;

    private final Queue<Queued<?>> waiting = new ConcurrentLinkedQueue<>();
    /** The places: how many shared transactions may run at once on this node. */
    private final Semaphore appliers;
    private final int atOnce;

    public SharedTransactions() {
        this(AT_ONCE);
    }

    SharedTransactions(int atOnce) {
        this.atOnce = atOnce;
        appliers = new Semaphore(atOnce);
    }

    /** The work's answer, once the transaction that ran it committed. */
    public <T> T run(Shareable<T> work) {
        Queued<T> mine = new Queued<>(work, loggingContext());
        waiting.add(mine);
        while (!mine.answered()) {
            boolean ran = false;
            if (mayTakeAPlace() && appliers.tryAcquire()) {
                try {
                    ran = runWaiting();
                } finally {
                    appliers.release();
                }
            }
            if (ran) {
                // what is still queued gets a place now rather than when its caller's wait runs out
                Queued<?> next = waiting.peek();
                if (next != null) {
                    next.wake();
                }
            } else {
                // the other place holds this work, or both places are taken
                mine.awaitAnswer();
            }
        }
        return mine.answer();
    }

    /** Units queued and not yet taken by a transaction. */
    int waiting() {
        return waiting.size();
    }

    /**
     * When no shared transaction runs, any waiting unit starts one; beside a running one, only
     * {@link #TOGETHER_BESIDE} or more waiting units do — a lone one waits for the running transaction to end and
     * shares the next with the units that came meanwhile.
     */
    private boolean mayTakeAPlace() {
        return appliers.availablePermits() == atOnce || waiting.size() >= TOGETHER_BESIDE;
    }

    /** Runs what is queued, the units that create rows others refer to first; false when nothing was queued. */
    private boolean runWaiting() {
        List<Queued<?>> batch = new ArrayList<>();
        for (Queued<?> next; batch.size() < MOST && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        batch.sort(CREATIONS_FIRST);
        Map<String, Object> context = loggingContext();
        try {
            runTogether(batch);
        } finally {
            restore(context);
            // whatever went wrong, no caller waits for ever: an unanswered unit fails its request
            batch.stream().filter(queued -> !queued.answered()).forEach(queued -> queued.fail(
                    new IllegalStateException("The shared transaction ended without running this work")));
        }
        return true;
    }

    /**
     * The batch in one transaction. When one unit's own work fails it (a unit, not the commit), that unit runs on
     * its own and the others share a transaction once more; when that fails too, or the commit failed, each runs on
     * its own.
     */
    private void runTogether(List<Queued<?>> batch) {
        List<Queued<?>> sharing = new ArrayList<>(batch);
        for (int attempt = 1; !sharing.isEmpty() && attempt <= 2; attempt++) {
            List<Runnable> answers;
            try {
                answers = transactions.inNewTransactionFlushed(() -> {
                    readTogether(sharing);
                    return sharing.stream().map(Queued::runShared).toList();
                });
            } catch (Exception e) {
                // a failed commit may come out of the transaction's interceptor as the checked RollbackException
                LOG.debugf("A shared transaction of %d units rolled back: %s", sharing.size(), e);
                metrics.sharedTransaction(false, sharing.size());
                Queued<?> failedIt = sharing.stream().filter(Queued::failedShared).findFirst().orElse(null);
                if (failedIt == null) {
                    break;
                }
                failedIt.runAlone();
                sharing.remove(failedIt);
                continue;
            }
            metrics.sharedTransaction(true, sharing.size());
            answers.forEach(Runnable::run);
            return;
        }
        sharing.forEach(Queued::runAlone);
    }

    /**
     * What the units will read ({@link Reads}), read for all of them at once: one statement for every unit that
     * reads alike instead of one each. A unit alone reads its own row as well as this would.
     */
    private static void readTogether(List<Queued<?>> units) {
        if (units.size() < 2) {
            return;
        }
        Map<Reads.Together<?>, List<Object>> keys = new IdentityHashMap<>();
        for (Queued<?> unit : units) {
            unit.work.reads().ifPresent(
                    reads -> keys.computeIfAbsent(reads.together(), together -> new ArrayList<>()).add(reads.key()));
        }
        keys.forEach(SharedTransactions::readAll);
    }

    @SuppressWarnings("unchecked")
    private static <K> void readAll(Reads.Together<K> together, List<Object> keys) {
        together.readAll((List<K>) keys);
    }

    /** A copy: some logging providers hand out the thread's own map. */
    private static Map<String, Object> loggingContext() {
        Map<String, Object> context = MDC.getMap();
        return context == null ? new HashMap<>() : new HashMap<>(context);
    }

    private static void restore(Map<String, Object> context) {
        MDC.clear();
        context.forEach(MDC::put);
    }

    /** A unit waiting for its transaction; answered, and its caller woken, by the thread that ran it. */
    static final class Queued<T> {

        private final Shareable<T> work;
        /** The caller's logging context (its request id), for the lines logged while its work runs. */
        private final Map<String, Object> context;
        private final Thread caller = Thread.currentThread();
        private volatile boolean answered;
        private boolean failedShared;
        private T result;
        private RuntimeException failure;

        Queued(Shareable<T> work, Map<String, Object> context) {
            this.work = work;
            this.context = context;
        }

        /** Runs the work in the shared transaction; what answers its caller once that transaction committed. */
        Runnable runShared() {
            restore(context);
            try {
                T shared = work.inShared();
                return () -> succeed(shared);
            } catch (HubException refused) {
                return () -> fail(refused);
            } catch (RuntimeException e) {
                failedShared = true;
                throw e;
            }
        }

        /** Its own work failed the shared transaction it ran in. */
        boolean failedShared() {
            return failedShared;
        }

        void runAlone() {
            restore(context);
            try {
                succeed(work.alone());
            } catch (RuntimeException e) {
                fail(e);
            } catch (Exception e) {
                fail(new IllegalStateException(e));
            }
        }

        boolean answered() {
            return answered;
        }

        private void succeed(T result) {
            this.result = result;
            answered = true;
            wake();
        }

        void fail(RuntimeException failure) {
            this.failure = failure;
            answered = true;
            wake();
        }

        void wake() {
            LockSupport.unpark(caller);
        }

        /** Parks the caller until its work is answered, it is woken to run the queue, or a while has passed. */
        void awaitAnswer() {
            if (!answered) {
                LockSupport.parkNanos(this, LOOK_AGAIN_NANOS);
            }
        }

        T answer() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
