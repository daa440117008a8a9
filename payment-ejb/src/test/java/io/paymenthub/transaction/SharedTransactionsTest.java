package io.paymenthub.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.metrics.HubMetrics;
import io.paymenthub.problem.HubException;
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

class SharedTransactionsTest {

    private final RecordingWork work = new RecordingWork();
    private final CountingTransactions transactions = new CountingTransactions();
    private final CountingMetrics metrics = new CountingMetrics();
    /** One transaction at a time: the units queued behind a held one are all taken by the next. */
    private final SharedTransactions shared = sharing(1);

    @Test
    void units_waiting_together_run_in_a_second_transaction_while_the_first_waits() throws Exception {
        SharedTransactions twoAtOnce = sharing(2);
        CompletableFuture<Object> held = holdOne(twoAtOnce);

        CompletableFuture<Object> first = send(twoAtOnce, "pay_1");
        CompletableFuture<Object> second = send(twoAtOnce, "pay_2");
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("pay_2");
        assertThat(held).isNotDone();
        work.hold.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("pay_0");
    }

    @Test
    void a_lone_unit_waits_for_the_running_transaction_and_runs_in_the_next() throws Exception {
        SharedTransactions twoAtOnce = sharing(2);
        CompletableFuture<Object> held = holdOne(twoAtOnce);

        CompletableFuture<Object> lone = send(twoAtOnce, "pay_1");
        awaitWaiting(twoAtOnce, 1);
        Thread.sleep(50);
        assertThat(lone).isNotDone();
        work.hold.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("pay_0");
        assertThat(lone.get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(metrics.committed).containsExactly(1, 1);
    }

    @Test
    void a_lone_unit_runs_as_a_shared_one_in_a_transaction_of_its_own() {
        assertThat(shared.run(work.of("pay_1"))).isEqualTo("pay_1");
        assertThat(work.together).containsExactly("pay_1");
        assertThat(work.alone).isEmpty();
        assertThat(transactions.shared).isEqualTo(1);
        assertThat(metrics.committed).containsExactly(1);
    }

    @Test
    void a_lone_unit_that_fails_its_transaction_runs_on_its_own() {
        assertThat(shared.run(work.of("failing"))).isEqualTo("failing");
        assertThat(work.alone).containsExactly("failing");
        assertThat(metrics.rolledBack).containsExactly(1);
    }

    @Test
    void units_that_wait_together_commit_together_and_each_caller_gets_its_own_answer() throws Exception {
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "pay_2", "unknown", "pay_4");

        assertThat(answers.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("pay_0");
        assertThat(answers.get(1).get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(answers.get(3).get(5, TimeUnit.SECONDS)).isInstanceOf(HubException.class);
        assertThat(answers.get(4).get(5, TimeUnit.SECONDS)).isEqualTo("pay_4");
        assertThat(transactions.shared).isEqualTo(2);
        assertThat(metrics.committed).containsExactly(1, 4);
        assertThat(work.together).containsExactlyInAnyOrder("pay_0", "pay_1", "pay_2", "unknown", "pay_4");
        // the logging context of the caller, whatever this test's logging provider keeps of it
        assertThat(work.contexts.get("pay_2")).isEqualTo(sendersContext.get("pay_2"));
    }

    @Test
    void when_the_shared_transaction_fails_each_unit_runs_on_its_own() throws Exception {
        transactions.failShared = true;
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "pay_2");

        assertThat(answers.get(1).get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(answers.get(2).get(5, TimeUnit.SECONDS)).isEqualTo("pay_2");
        assertThat(work.alone).containsExactlyInAnyOrder("pay_0", "pay_1", "pay_2");
        assertThat(metrics.rolledBack).containsExactly(1, 2);
    }

    @Test
    void a_unit_that_fails_the_shared_transaction_runs_on_its_own_and_the_others_share_one_again() throws Exception {
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "failing", "pay_3");

        assertThat(answers.get(1).get(5, TimeUnit.SECONDS)).isEqualTo("pay_1");
        assertThat(answers.get(2).get(5, TimeUnit.SECONDS)).isEqualTo("failing");
        assertThat(answers.get(3).get(5, TimeUnit.SECONDS)).isEqualTo("pay_3");
        assertThat(work.alone).containsExactly("failing");
        assertThat(metrics.rolledBack).containsExactly(3);
        assertThat(metrics.committed).containsExactly(1, 2);
    }

    @Test
    void the_rows_units_name_are_read_for_all_of_them_at_once_before_they_run() throws Exception {
        work.naming = true;
        List<CompletableFuture<Object>> answers = holdTheFirstThenQueue("pay_0", "pay_1", "pay_2", "pay_3");
        for (CompletableFuture<Object> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isInstanceOf(String.class);
        }

        // the first unit ran alone and read its own row; the three queued behind it were read with one call
        assertThat(work.reads).singleElement().asList().containsExactlyInAnyOrder("pay_1", "pay_2", "pay_3");
        assertThat(work.ranBeforeTheRead).containsExactly(1);
        assertThat(work.together).hasSize(4);
    }

    @Test
    void units_that_create_rows_others_refer_to_run_first_each_kind_in_the_order_it_came() throws Exception {
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        work.hold = new CountDownLatch(1);
        answers.add(send(shared, "pay_0"));
        assertThat(work.holding.await(5, TimeUnit.SECONDS)).isTrue();
        for (String id : List.of("pay_1", "new_2", "pay_3", "new_4")) {
            answers.add(send(shared, id));
            awaitWaiting(shared, answers.size() - 1);
        }
        work.hold.countDown();
        for (CompletableFuture<Object> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isInstanceOf(String.class);
        }

        assertThat(work.together).containsExactly("pay_0", "new_2", "new_4", "pay_1", "pay_3");
        assertThat(metrics.committed).containsExactly(1, 4);
    }

    @Test
    void a_refusal_on_its_own_reaches_its_caller() {
        assertThatThrownBy(() -> shared.run(work.of("unknown"))).isInstanceOf(HubException.class);
    }

    private SharedTransactions sharing(int atOnce) {
        SharedTransactions sharing = new SharedTransactions(atOnce);
        sharing.transactions = transactions;
        sharing.metrics = metrics;
        return sharing;
    }

    /**
     * The first unit runs in a transaction of its own and is held there until the others are queued behind it; the
     * thread that runs next takes all of them at once.
     */
    private List<CompletableFuture<Object>> holdTheFirstThenQueue(String... ids) throws InterruptedException {
        work.hold = new CountDownLatch(1);
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        answers.add(send(shared, ids[0]));
        assertThat(work.holding.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < ids.length; i++) {
            answers.add(send(shared, ids[i]));
        }
        awaitWaiting(shared, ids.length - 1);
        work.hold.countDown();
        return answers;
    }

    /** "pay_0" sent and held in its transaction until {@code work.hold} is counted down. */
    private CompletableFuture<Object> holdOne(SharedTransactions shared) throws InterruptedException {
        work.hold = new CountDownLatch(1);
        CompletableFuture<Object> held = send(shared, "pay_0");
        assertThat(work.holding.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private static void awaitWaiting(SharedTransactions shared, int units) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (shared.waiting() < units && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private final Map<String, String> sendersContext = new ConcurrentHashMap<>();

    private CompletableFuture<Object> send(SharedTransactions shared, String id) {
        return CompletableFuture.supplyAsync(() -> {
            MDC.put("requestId", "request-" + id);
            sendersContext.put(id, String.valueOf(MDC.get("requestId")));
            try {
                return shared.run(work.of(id));
            } catch (HubException e) {
                return e;
            } finally {
                MDC.clear();
            }
        }, runnable -> new Thread(runnable).start());
    }

    /**
     * Units that answer their id, "unknown" refused, "failing" failing a shared transaction, "new_…" creating rows
     * others refer to; the first one run can be held.
     */
    static final class RecordingWork {

        final List<String> alone = new CopyOnWriteArrayList<>();
        final List<String> together = new CopyOnWriteArrayList<>();
        final Map<String, String> contexts = new ConcurrentHashMap<>();
        final CountDownLatch holding = new CountDownLatch(1);
        volatile CountDownLatch hold;
        /** Whether units name the row they read ({@link Reads}): their ids, read together by {@link #readAll}. */
        volatile boolean naming;
        final List<List<String>> reads = new CopyOnWriteArrayList<>();
        /** How many units had run when each read together happened. */
        final List<Integer> ranBeforeTheRead = new CopyOnWriteArrayList<>();
        private final Reads.Together<String> readAll = ids -> {
            reads.add(List.copyOf(ids));
            ranBeforeTheRead.add(together.size());
        };

        Shareable<String> of(String id) {
            return naming ? unit(id).reading(new Reads<>(readAll, id)) : unit(id);
        }

        private Shareable<String> unit(String id) {
            return new Shareable<>() {
                @Override
                public boolean createsReferencedRows() {
                    return id.startsWith("new_");
                }

                @Override
                public String inShared() {
                    together.add(id);
                    contexts.put(id, String.valueOf(MDC.get("requestId")));
                    holdTheFirst();
                    if (id.equals("failing")) {
                        throw new IllegalStateException("fails any transaction it shares");
                    }
                    return answer(id);
                }

                @Override
                public String alone() {
                    alone.add(id);
                    holdTheFirst();
                    return answer(id);
                }
            };
        }

        private void holdTheFirst() {
            if (hold != null && holding.getCount() > 0) {
                holding.countDown();
                try {
                    hold.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static String answer(String id) {
            if (id.equals("unknown")) {
                throw HubException.notFound("Payment");
            }
            return id;
        }
    }

    static final class CountingMetrics extends HubMetrics {

        final List<Integer> committed = new CopyOnWriteArrayList<>();
        final List<Integer> rolledBack = new CopyOnWriteArrayList<>();

        @Override
        public void sharedTransaction(boolean committed, int units) {
            (committed ? this.committed : rolledBack).add(units);
        }
    }

    static final class CountingTransactions extends Transactions {

        volatile int shared;
        volatile boolean failShared;

        @Override
        public <T> T inNewTransactionFlushed(Supplier<T> work) {
            shared++;
            T result = work.get();
            if (failShared) {
                throw new IllegalStateException("rolled back at commit");
            }
            return result;
        }
    }
}
