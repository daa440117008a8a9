package io.paymenthub.gateway.begateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the checkout API lives. White labels differ (seed 000): {@code SECURE_PROCESSOR_CHECKOUT_TOKEN_PATH}
 * is tried first, then the known alternatives; the first that exists is remembered for every later call.
 */
@ApplicationScoped
public class CheckoutPaths {

    /** BeGateway's documented path first, then the ones white labels were seen to use. */
    static final List<String> KNOWN = List.of("/ctp/api/checkouts", "/api/checkouts", "/checkouts");

    @Inject
    BeGatewayConfig config;

    private volatile String remembered;

    /** The paths to try, in order: the one that worked last, the configured one, the known ones. */
    public List<String> candidates() {
        return candidates(remembered, config.checkoutTokenPath());
    }

    static List<String> candidates(String remembered, Optional<String> configured) {
        Set<String> paths = new LinkedHashSet<>();
        if (remembered != null) {
            paths.add(remembered);
        }
        configured.map(CheckoutPaths::normalise).ifPresent(paths::add);
        paths.addAll(KNOWN);
        return List.copyOf(paths);
    }

    public void worked(String path) {
        remembered = path;
    }

    /** The path in use: the remembered one, else the first candidate. */
    public String current() {
        return candidates().get(0);
    }

    /** A 404 or 405 means "no checkout API here": try the next path. */
    static boolean isWrongPath(int status) {
        return status == 404 || status == 405;
    }

    static String normalise(String path) {
        String trimmed = path.trim();
        String withSlash = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }
}
