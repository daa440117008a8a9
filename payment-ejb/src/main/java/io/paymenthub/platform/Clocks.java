package io.paymenthub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The hub's clock, injectable so that time-dependent rules can be tested with a fixed one. It ticks in microseconds,
 * as the database keeps time ({@code timestamp(6)}): a time the hub answers with before it is stored is the one it
 * reads back later.
 */
@ApplicationScoped
public class Clocks {

    private static final Clock MICROSECONDS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    Clock clock() {
        return MICROSECONDS;
    }
}
