package io.paymenthub.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.PaymentStatus;
import io.paymenthub.payment.Transition;
import io.paymenthub.problem.HubException;
import io.paymenthub.transaction.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class SharedReportTransactionsTest {

    private final RecordingReports reports = new RecordingReports();
    private final CountingTransactions transactions = new CountingTransactions();
    /** One transaction at a time: the reports queued behind a held one are all taken by the next. */
    private final SharedReportTransactions shared = new SharedReportTransactions(1);

    SharedReportTransactionsTest() {
        shared.reports = reports;
        shared.transactions = transactions;
    }

    @Test
    void a_second_transaction_runs_while_the_first_waits() throws Exception {
        SharedReportTransactions twoAtOnce = new SharedReportTransactions(2);
        twoAtOnce.reports = reports;
        twoAtOnce.transactions = transactions;
        reports.hold = new CountDownLatch(1);
        CompletableFuture<Object> held = send(twoAtOnce, "pay_0");
        assertThat(reports.holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(send(twoAtOnce, "pay_1").get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(held).isNotDone();
        reports.hold.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("pay_0");
    }

    @Test
    void a_lone_report_is_applied_on_its_own() {
        assertThat(shared.apply("dummy", report("pay_1"), EventSource.CALLBACK, "{}").paymentId()).isEqualTo("pay_1");
        assertThat(reports.alone).containsExactly("pay_1");
        assertThat(transactions.shared).isZero();
    }

    @Test
    void reports_that_wait_together_commit_together_and_each_caller_gets_its_own_answer() throws Exception {
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "pay_2", "unknown", "pay_4");

        assertThat(answers.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("pay_0");
        assertThat(answers.get(1).get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(answers.get(3).get(5, TimeUnit.SECONDS)).isInstanceOf(HubException.class);
        assertThat(answers.get(4).get(5, TimeUnit.SECONDS)).isEqualTo("pay_4");
        assertThat(transactions.shared).isEqualTo(1);
        assertThat(reports.together).containsExactlyInAnyOrder("pay_1", "pay_2", "unknown", "pay_4");
        // the logging context of the caller, whatever this test's logging provider keeps of it
        assertThat(reports.contexts.get("pay_2")).isEqualTo(sendersContext.get("pay_2"));
    }

    @Test
    void when_the_shared_transaction_fails_each_report_is_applied_on_its_own() throws Exception {
        transactions.failShared = true;
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "pay_2");

        assertThat(answers.get(1).get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(answers.get(2).get(5, TimeUnit.SECONDS)).isEqualTo("pay_2");
        assertThat(reports.alone).containsExactlyInAnyOrder("pay_0", "pay_1", "pay_2");
    }

    @Test
    void a_refusal_on_its_own_reaches_its_caller() {
        assertThatThrownBy(() -> shared.apply("dummy", report("unknown"), EventSource.CALLBACK, "{}"))
                .isInstanceOf(HubException.class);
    }

    /**
     * The first report is applied alone and held there until the others are queued behind it; the thread that
     * applies next takes all of them at once.
     */
    private List<CompletableFuture<Object>> holdTheFirstThenQueue(String... paymentIds) throws InterruptedException {
        reports.hold = new CountDownLatch(1);
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        answers.add(send(paymentIds[0]));
        assertThat(reports.holding.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < paymentIds.length; i++) {
            answers.add(send(paymentIds[i]));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (shared.waiting() < paymentIds.length - 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        reports.hold.countDown();
        return answers;
    }

    private final Map<String, String> sendersContext = new ConcurrentHashMap<>();

    private CompletableFuture<Object> send(String paymentId) {
        return send(shared, paymentId);
    }

    private CompletableFuture<Object> send(SharedReportTransactions shared, String paymentId) {
        return CompletableFuture.supplyAsync(() -> {
            MDC.put("requestId", "request-" + paymentId);
            sendersContext.put(paymentId, String.valueOf(MDC.get("requestId")));
            try {
                return shared.apply("dummy", report(paymentId), EventSource.CALLBACK, "{}").paymentId();
            } catch (HubException e) {
                return e;
            } finally {
                MDC.clear();
            }
        }, runnable -> new Thread(runnable).start());
    }

    private static StatusReport report(String paymentId) {
        return new StatusReport(PaymentLookup.byToken(paymentId), PaymentStatus.SUCCESSFUL, null, null, null, null);
    }

    private static ReportResult resultOf(StatusReport report) {
        String id = report.lookup().token();
        if (id.equals("unknown")) {
            throw HubException.notFound("Payment");
        }
        return new ReportResult(id, PaymentStatus.SUCCESSFUL,
                new Transition(PaymentStatus.PENDING, PaymentStatus.SUCCESSFUL, Transition.Outcome.APPLIED));
    }

    static final class RecordingReports extends GatewayReports {

        final List<String> alone = new CopyOnWriteArrayList<>();
        final List<String> together = new CopyOnWriteArrayList<>();
        final Map<String, String> contexts = new ConcurrentHashMap<>();
        final CountDownLatch holding = new CountDownLatch(1);
        volatile CountDownLatch hold;

        @Override
        public ReportResult apply(String gateway, StatusReport report, EventSource source, String rawPayload) {
            alone.add(report.lookup().token());
            if (hold != null && holding.getCount() > 0) {
                holding.countDown();
                try {
                    hold.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return resultOf(report);
        }

        @Override
        ReportResult applyInCallersTransaction(String gateway, StatusReport report, EventSource source,
                                               String rawPayload, Flushing flushing) {
            assertThat(flushing).isEqualTo(Flushing.AT_COMMIT);
            together.add(report.lookup().token());
            contexts.put(report.lookup().token(), String.valueOf(MDC.get("requestId")));
            return resultOf(report);
        }
    }

    static final class CountingTransactions extends Transactions {

        volatile int shared;
        volatile boolean failShared;

        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            shared++;
            T result = work.get();
            if (failShared) {
                throw new IllegalStateException("rolled back at commit");
            }
            return result;
        }
    }
}
