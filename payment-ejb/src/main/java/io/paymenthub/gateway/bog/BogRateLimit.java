package io.paymenthub.gateway.bog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate of calls one address may make to the BOG-facing endpoints (its callbacks and the hub's OAuth
 * endpoint), so a flood of bad requests cannot starve the server. Not in the contract:
 * {@code BOG_RATE_LIMIT_PER_SECOND} (default 20) and {@code BOG_RATE_LIMIT_BURST} (default 100).
 */
@ApplicationScoped
public class BogRateLimit {

    @Inject
    @ConfigProperty(name = "BOG_RATE_LIMIT_PER_SECOND", defaultValue = "20")
    double perSecond;

    @Inject
    @ConfigProperty(name = "BOG_RATE_LIMIT_BURST", defaultValue = "100")
    double burst;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(perSecond, burst, Clock.systemUTC());
    }

    public boolean allows(String remoteAddress) {
        return limiter.tryAcquire(remoteAddress);
    }
}
