package io.paymenthub.payment.control;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies the reports of concurrent callbacks in shared transactions (a group commit): a callback queues its
 * report and waits; a caller that gets one of the node's {@link #AT_ONCE} places to apply takes every report
 * waiting (up to {@link #MOST}) and applies them one after the other, each as {@link GatewayReports} applies one,
 * in one transaction — one commit for all of them instead of one each, and their rows written in batches at its
 * end ({@link Flushing#AT_COMMIT}). Every caller is answered only after the transaction that holds its report
 * committed, so an acknowledged callback is never lost.
 * <p>
 * A report that is refused ({@link HubException}: unknown payment, amount mismatch) changes nothing and does not
 * disturb the others. When the shared transaction fails for any other reason (a concurrent change on another
 * node, a constraint), it rolls back whole and every one of its reports is applied again on its own, with the
 * conflict retries of a single report. A lone report takes the single path at once.
 */
@ApplicationScoped
public class SharedReportTransactions {

    private static final Logger LOG = Logger.getLogger(SharedReportTransactions.class);
    /** The most reports one transaction applies; the others wait for the next. */
    static final int MOST = 32;
    /**
     * Shared transactions at once: two, so that one is applied while the other waits on the database. Their
     * payments' updates are sent in the order of their ids ({@code hibernate.order_updates}), so two
     * transactions never wait on each other's rows in a cycle.
     */
    static final int AT_ONCE = 2;
    /** A waiting caller looks again this often even when nothing woke it. */
    private static final long LOOK_AGAIN_NANOS = 2_000_000;

    @Inject
    GatewayReports reports;

    @Inject
    Transactions transactions;

    private final Queue<QueuedReport> waiting = new ConcurrentLinkedQueue<>();
    /** How many shared transactions may run at once on this node. */
    private final Semaphore appliers;

    public SharedReportTransactions() {
        this(AT_ONCE);
    }

    SharedReportTransactions(int atOnce) {
        appliers = new Semaphore(atOnce);
    }

    /** As {@link GatewayReports#apply}, committed together with the reports of concurrent callers. */
    public ReportResult apply(String gateway, StatusReport report, EventSource source, String rawPayload) {
        QueuedReport mine = new QueuedReport(gateway, report, source, rawPayload, loggingContext());
        waiting.add(mine);
        while (!mine.answered()) {
            boolean applied = false;
            if (appliers.tryAcquire()) {
                try {
                    applied = applyWaiting();
                } finally {
                    appliers.release();
                }
            }
            if (applied) {
                // what is still queued gets an applier now rather than when its caller's wait runs out
                QueuedReport next = waiting.peek();
                if (next != null) {
                    next.wake();
                }
            } else {
                // the other applier holds this report, or both places are taken
                mine.awaitAnswer();
            }
        }
        return mine.answer();
    }

    /** Reports queued and not yet taken by a transaction. */
    int waiting() {
        return waiting.size();
    }

    /** Applies what is queued; false when nothing was. */
    private boolean applyWaiting() {
        List<QueuedReport> batch = new ArrayList<>();
        for (QueuedReport next; batch.size() < MOST && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        Map<String, Object> context = loggingContext();
        try {
            if (batch.size() == 1 || !appliedTogether(batch)) {
                batch.forEach(this::applyAlone);
            }
        } finally {
            restore(context);
            // whatever went wrong, no caller waits for ever: an unanswered callback fails, and its gateway retries
            batch.stream().filter(queued -> !queued.answered()).forEach(queued -> queued.answer(
                    new Outcome(null, new IllegalStateException("The callback's report was not applied"))));
        }
        return true;
    }

    private boolean appliedTogether(List<QueuedReport> batch) {
        List<Outcome> outcomes;
        try {
            outcomes = transactions.inNewTransaction(() -> batch.stream().map(this::applyInShared).toList());
        } catch (Exception e) {
            // a failed commit may come out of the transaction's interceptor as the checked RollbackException
            LOG.debugf("A shared transaction of %d reports rolled back; each is applied on its own: %s",
                    batch.size(), e);
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer(outcomes.get(i));
        }
        return true;
    }

    private Outcome applyInShared(QueuedReport queued) {
        restore(queued.context());
        try {
            return new Outcome(reports.applyInCallersTransaction(queued.gateway(), queued.report(), queued.source(),
                    queued.rawPayload(), Flushing.AT_COMMIT), null);
        } catch (HubException refused) {
            return new Outcome(null, refused);
        }
    }

    private void applyAlone(QueuedReport queued) {
        restore(queued.context());
        try {
            queued.answer(new Outcome(reports.apply(queued.gateway(), queued.report(), queued.source(),
                    queued.rawPayload()), null));
        } catch (RuntimeException e) {
            queued.answer(new Outcome(null, e));
        } catch (Exception e) {
            queued.answer(new Outcome(null, new IllegalStateException(e)));
        }
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

    /** What became of a report: its result, or what its caller throws. */
    record Outcome(ReportResult result, RuntimeException failure) {
    }

    /** A report waiting for its transaction; answered, and its caller woken, by the thread that applied it. */
    static final class QueuedReport {

        private final String gateway;
        private final StatusReport report;
        private final EventSource source;
        private final String rawPayload;
        private final Map<String, Object> context;
        private final Thread caller = Thread.currentThread();
        private volatile Outcome outcome;

        QueuedReport(String gateway, StatusReport report, EventSource source, String rawPayload,
                     Map<String, Object> context) {
            this.gateway = gateway;
            this.report = report;
            this.source = source;
            this.rawPayload = rawPayload;
            this.context = context;
        }

        String gateway() {
            return gateway;
        }

        StatusReport report() {
            return report;
        }

        EventSource source() {
            return source;
        }

        String rawPayload() {
            return rawPayload;
        }

        /** The caller's logging context (its request id), for the lines logged while its report is applied. */
        Map<String, Object> context() {
            return context;
        }

        boolean answered() {
            return outcome != null;
        }

        void answer(Outcome outcome) {
            this.outcome = outcome;
            wake();
        }

        void wake() {
            LockSupport.unpark(caller);
        }

        /** Parks the caller until its report is answered, it is woken to apply, or a while has passed. */
        void awaitAnswer() {
            if (outcome == null) {
                LockSupport.parkNanos(this, LOOK_AGAIN_NANOS);
            }
        }

        ReportResult answer() {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.result();
        }
    }
}
