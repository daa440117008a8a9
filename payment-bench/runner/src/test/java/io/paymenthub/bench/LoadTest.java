package io.paymenthub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LoadTest {

    @Test
    void every_request_is_sent_once_and_only_those_after_the_warm_up_are_measured() {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        Load.Figures figures = Load.closed("test", 4, 30, 200, i -> sent.add(i));

        assertThat(sent).hasSize(230);
        assertThat(figures.requests()).isEqualTo(200);
        assertThat(figures.latency().getTotalCount()).isEqualTo(200);
        assertThat(figures.failures()).isZero();
        assertThat(figures.firstFailure()).isNull();
        assertThat(figures.seconds()).isPositive();
    }

    @Test
    void unexpected_answers_and_exceptions_are_counted_with_the_first_one_named() {
        Load.Figures figures = Load.closed("test", 1, 10, 20, i -> {
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
        Load.Figures figures = Load.closed("test", 2, 50, 0, i -> true);

        assertThat(figures.requests()).isZero();
        assertThat(figures.perSecond()).isZero();
    }

    @Test
    void a_warm_up_sends_until_its_time_is_up_and_measures_nothing() {
        Load.Figures figures = Load.closedFor("test", 2, java.time.Duration.ofMillis(200), i -> {
            Thread.sleep(1);
            return true;
        });

        assertThat(figures.sent()).isPositive();
        assertThat(figures.requests()).isZero();
        assertThat(figures.failures()).isZero();
    }

    @Test
    void at_a_fixed_rate_no_request_is_sent_before_it_is_due() {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        Load.Figures figures = Load.atFixedRate("test", 4, 500, 10, 40, i -> sent.add(i));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(sent).hasSize(50);
        assertThat(figures.requests()).isEqualTo(40);
        assertThat(elapsedMillis).as("the last of 50 is due 49 / 500 s after the first").isGreaterThanOrEqualTo(98);
    }

    @Test
    void at_a_fixed_rate_requests_held_up_behind_a_slow_one_count_their_wait_from_when_they_were_due() {
        // one worker, a request due every 10 ms; request 5 takes 100 ms: 6 … 10 were due before it ended
        Load.Figures figures = Load.atFixedRate("test", 1, 100, 0, 20, i -> {
            if (i == 5) {
                Thread.sleep(100);
            }
            return true;
        });

        assertThat(figures.latency().getCountBetweenValues(50_000, Long.MAX_VALUE / 2))
                .as("requests answered 50 ms or more after they were due").isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_fixed_rate_must_be_above_zero() {
        assertThatThrownBy(() -> Load.atFixedRate("test", 1, 0, 0, 1, i -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
