package io.paymenthub.web.pay;

import io.paymenthub.config.HubSettings;
import io.paymenthub.gateway.bog.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payer-facing API's settings: which web origins may call it from a browser ({@code PAYMENT_ALLOWED_ORIGINS},
 * default the origin of {@code FRONTEND_URL}), and the rate of status queries per client address
 * ({@code PAYMENT_STATUS_RATE_PER_SECOND}, bursts up to {@code PAYMENT_STATUS_RATE_BURST}).
 */
@ApplicationScoped
public class PayerSettings {

    @Inject
    @ConfigProperty(name = "PAYMENT_ALLOWED_ORIGINS")
    Optional<String> allowedOrigins;

    @Inject
    @ConfigProperty(name = "PAYMENT_STATUS_RATE_PER_SECOND", defaultValue = "5")
    double statusRatePerSecond;

    @Inject
    @ConfigProperty(name = "PAYMENT_STATUS_RATE_BURST", defaultValue = "30")
    double statusRateBurst;

    @Inject
    HubSettings hub;

    private Set<String> origins;
    private RateLimiter statusLimit;

    @PostConstruct
    void init() {
        origins = allowedOrigins.filter(list -> !list.isBlank())
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                        .map(PayerSettings::origin).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet()))
                .orElseGet(() -> hub.frontendUrl().flatMap(PayerSettings::origin).map(Set::of).orElse(Set.of()));
        statusLimit = new RateLimiter(statusRatePerSecond, Math.max(1, statusRateBurst), Clock.systemUTC());
    }

    /** True for an {@code Origin} header the hub answers CORS requests from. */
    public boolean allowsOrigin(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** The shared limit of status queries per client address. */
    public RateLimiter statusLimit() {
        return statusLimit;
    }

    /** {@code scheme://host[:port]} of a URL, lower case, as browsers send it in {@code Origin}. */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return Optional.of(origin.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
