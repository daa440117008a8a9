package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    @Test
    void every_request_is_sent_once_and_only_those_after_the_warm_up_are_measured() {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        ClosedLoop.Figures figures = ClosedLoop.run("test", 4, 30, 200, i -> sent.add(i));

        assertThat(sent).hasSize(230);
        assertThat(figures.requests()).isEqualTo(200);
        assertThat(figures.latency().getTotalCount()).isEqualTo(200);
        assertThat(figures.failures()).isZero();
        assertThat(figures.firstFailure()).isNull();
        assertThat(figures.seconds()).isPositive();
    }

    @Test
    void unexpected_answers_and_exceptions_are_counted_with_the_first_one_named() {
        ClosedLoop.Figures figures = ClosedLoop.run("test", 1, 10, 20, i -> {
            if (i == 12) {
                throw new IllegalStateException("boom");
            }
            return i % 2 == 1 || i < 10;
        });

        assertThat(figures.requests()).isEqualTo(20);
        assertThat(figures.failures()).isEqualTo(10);
        assertThat(figures.firstFailure()).isEqualTo("request 10 was not answered as expected");
    }

    @Test
    void a_round_without_measured_requests_reports_nothing() {
        ClosedLoop.Figures figures = ClosedLoop.run("test", 2, 50, 0, i -> true);

        assertThat(figures.requests()).isZero();
        assertThat(figures.perSecond()).isZero();
    }

    @Test
    void a_warm_up_sends_until_its_time_is_up_and_measures_nothing() {
        ClosedLoop.Figures figures = ClosedLoop.runFor("test", 2, java.time.Duration.ofMillis(200), i -> {
            Thread.sleep(1);
            return true;
        });

        assertThat(figures.sent()).isPositive();
        assertThat(figures.requests()).isZero();
        assertThat(figures.failures()).isZero();
    }
}
