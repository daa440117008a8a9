package io.paymenthub.config;

import io.paymenthub.network.AllowedTargets;
import io.paymenthub.network.IpRanges;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The hub-wide keys of the README's configuration table; each gateway reads its own keys in its own package. */
@ApplicationScoped
public class HubSettings {

    @Inject
    @ConfigProperty(name = "BACKEND_URL")
    Optional<String> configuredBackendUrl;

    @Inject
    @ConfigProperty(name = "PAYMENT_PORT_OFFSET")
    Optional<String> portOffset;

    @Inject
    @ConfigProperty(name = "jboss.socket.binding.port-offset")
    Optional<String> serverPortOffset;

    @Inject
    @ConfigProperty(name = "FRONTEND_URL")
    Optional<String> frontendUrl;

    @Inject
    @ConfigProperty(name = "PAYMENT_DEFAULT_GATEWAY", defaultValue = "dummy")
    String defaultGateway;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_ALLOW_PRIVATE", defaultValue = "false")
    boolean allowPrivateUrls;

    @Inject
    @ConfigProperty(name = "PAYMENT_TRUSTED_PROXIES")
    Optional<String> trustedProxiesList;

    @Inject
    @ConfigProperty(name = "PAYMENT_NOTIFY_ALLOWED_TARGETS")
    Optional<String> notifyAllowedTargets;

    private String backendUrl;

    private IpRanges trustedProxies;

    private AllowedTargets allowedTargets;

    /** Read once, so that a mistyped list stops the start instead of refusing requests later. */
    @PostConstruct
    void init() {
        backendUrl = BackendUrl.resolve(configuredBackendUrl, portOffset, serverPortOffset);
        trustedProxies = IpRanges.parseOrNone("PAYMENT_TRUSTED_PROXIES", trustedProxiesList);
        allowedTargets = AllowedTargets.parse(notifyAllowedTargets);
    }

    /** The public base URL, without a trailing slash. */
    public String backendUrl() {
        return backendUrl;
    }

    public Optional<String> frontendUrl() {
        return frontendUrl.filter(url -> !url.isBlank()).map(BackendUrl::stripTrailingSlash);
    }

    public String defaultGateway() {
        return defaultGateway;
    }

    /** Development and tests: http and private-address return and notify URLs are allowed. */
    public boolean allowPrivateUrls() {
        return allowPrivateUrls;
    }

    /** The proxies whose {@code X-Forwarded-For} the hub believes (a CIDR comma list); unset: none. */
    public IpRanges trustedProxies() {
        return trustedProxies;
    }

    /** The exact internal {@code ip:port} targets notify URLs may reach all the same (an operator's own receiver). */
    public AllowedTargets notifyAllowedTargets() {
        return allowedTargets;
    }
}
