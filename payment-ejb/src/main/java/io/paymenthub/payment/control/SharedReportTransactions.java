package io.paymenthub.payment.control;

import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies the reports of concurrent callbacks in shared transactions (a group commit): a callback queues its
 * report and waits for the node's one applying thread; the thread that gets to apply takes every report waiting
 * (up to {@link #MOST}) and applies them one after the other, each as {@link GatewayReports} applies one, in one
 * transaction — one commit for all of them instead of one each, and their rows written in batches at its end
 * ({@link Flushing#AT_COMMIT}). Every caller is answered only after the
 * transaction that holds its report committed, so an acknowledged callback is never lost.
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

    @Inject
    GatewayReports reports;

    @Inject
    Transactions transactions;

    private final Queue<QueuedReport> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock applying = new ReentrantLock();

    /** As {@link GatewayReports#apply}, committed together with the reports of concurrent callers. */
    public ReportResult apply(String gateway, StatusReport report, EventSource source, String rawPayload) {
        QueuedReport mine = new QueuedReport(gateway, report, source, rawPayload, MDC.getMap());
        waiting.add(mine);
        while (!mine.answered()) {
            applying.lock();
            try {
                if (!mine.answered()) {
                    applyWaiting();
                }
            } finally {
                applying.unlock();
            }
        }
        return mine.answer();
    }

    /** Reports queued and not yet taken by a transaction. */
    int waiting() {
        return waiting.size();
    }

    private void applyWaiting() {
        List<QueuedReport> batch = new ArrayList<>();
        for (QueuedReport next; batch.size() < MOST && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        Map<String, Object> context = MDC.getMap();
        try {
            if (batch.size() == 1 || !appliedTogether(batch)) {
                batch.forEach(this::applyAlone);
            }
        } finally {
            restore(context);
        }
    }

    private boolean appliedTogether(List<QueuedReport> batch) {
        List<Outcome> outcomes;
        try {
            outcomes = transactions.inNewTransaction(() -> batch.stream().map(this::applyInShared).toList());
        } catch (RuntimeException e) {
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
        }
    }

    private static void restore(Map<String, Object> context) {
        MDC.clear();
        context.forEach(MDC::put);
    }

    /** What became of a report: its result, or what its caller throws. */
    record Outcome(ReportResult result, RuntimeException failure) {
    }

    /** A report waiting for its transaction; answered by the thread that applied it, before that thread moves on. */
    static final class QueuedReport {

        private final String gateway;
        private final StatusReport report;
        private final EventSource source;
        private final String rawPayload;
        private final Map<String, Object> context;
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
        }

        ReportResult answer() {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.result();
        }
    }
}
