package io.paymenthub.platform;

import io.paymenthub.config.HubSettings;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.merchant.ApiKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;

/** Refuses to start a hub that is misconfigured, with a message that says what to fix. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    @Inject
    HubSettings settings;

    @Inject
    GatewayRegistry gateways;

    @Inject
    ApiKeys apiKeys;

    @PostConstruct
    void check() {
        if (!gateways.isEnabled(settings.defaultGateway())) {
            throw new IllegalStateException("PAYMENT_DEFAULT_GATEWAY is '" + settings.defaultGateway()
                    + "', which is not an enabled gateway; enabled: " + gateways.enabledNames());
        }
        requireHttpsWhenLive(settings.backendUrl(), gateways.liveNames());
        apiKeys.warnIfDefault();
        LOG.infof("Payment Hub ready at %s; gateways enabled: %s (default %s)", settings.backendUrl(),
                gateways.enabledNames(), settings.defaultGateway());
    }

    /** Gateways that move real money call back and send payers over HTTPS only. */
    static void requireHttpsWhenLive(String backendUrl, Set<String> liveGateways) {
        if (!liveGateways.isEmpty() && !backendUrl.startsWith("https://")) {
            throw new IllegalStateException("BACKEND_URL must be an https:// URL when a gateway is not in test mode"
                    + " (live: " + liveGateways + "); it is " + backendUrl);
        }
    }
}
