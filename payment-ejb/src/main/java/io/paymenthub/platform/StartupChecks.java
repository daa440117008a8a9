package io.paymenthub.platform;

import io.paymenthub.config.HubSettings;
import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.dummy.DummyGateway;
import io.paymenthub.merchant.ApiKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
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

    @Resource(lookup = "java:jboss/datasources/PaymentDS")
    DataSource dataSource;

    @PostConstruct
    void check() {
        if (Boolean.getBoolean(CLUSTER_PROPERTY)) {
            refuseUnsharedDatabaseInCluster(databaseProduct());
        }
        refuseTestShortcutsWhenLive(settings.defaultGateway(), apiKeys.acceptsDemoKey(), gateways.liveNames());
        if (!gateways.isEnabled(settings.defaultGateway())) {
            throw new IllegalStateException("PAYMENT_DEFAULT_GATEWAY is '" + settings.defaultGateway()
                    + "', which is not an enabled gateway; enabled: " + gateways.enabledNames());
        }
        requireHttpsWhenLive(settings.backendUrl(), gateways.liveNames());
        apiKeys.warnIfDefault();
        if (gateways.isEnabled(DummyGateway.NAME) && !gateways.liveNames().isEmpty()) {
            LOG.warnf("PAYMENT_DUMMY_ENABLED=true: the dummy gateway is enabled beside live gateways %s; anyone with a"
                    + " dummy payment's page can have it paid. For a staging hub only.", gateways.liveNames());
        }
        LOG.infof("Payment Hub ready at %s; gateways enabled: %s (default %s)", settings.backendUrl(),
                gateways.enabledNames(), settings.defaultGateway());
    }

    /** Set on the servers provisioned as nodes of a cluster (docs/cluster.md). */
    static final String CLUSTER_PROPERTY = "payment.cluster";

    /** The nodes of a cluster share their database: the embedded H2 is one server's file, never shared. */
    static void refuseUnsharedDatabaseInCluster(String databaseProduct) {
        if (!"PostgreSQL".equals(databaseProduct)) {
            throw new IllegalStateException("This server is a node of a cluster, and its database is "
                    + databaseProduct + ": every node must share one PostgreSQL database."
                    + " Set PAYMENT_DB_URL=jdbc:postgresql://host:5432/db (with PAYMENT_DB_USER, PAYMENT_DB_PASSWORD)");
        }
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    /**
     * Beside a gateway that moves real money, neither the dummy gateway as the default (a payment created without
     * {@code gateway} would be paid by anyone with its page) nor the demo API key (known to everyone). One line
     * naming each setting to change.
     */
    static void refuseTestShortcutsWhenLive(String defaultGateway, boolean demoKeyAccepted, Set<String> liveGateways) {
        if (liveGateways.isEmpty()) {
            return;
        }
        List<String> refusals = new ArrayList<>();
        if (DummyGateway.NAME.equals(defaultGateway)) {
            refusals.add("PAYMENT_DEFAULT_GATEWAY is 'dummy' (its value when unset); set it to a live gateway");
        }
        if (demoKeyAccepted) {
            refusals.add("PAYMENT_API_KEYS accepts the demo key " + ApiKeys.DEMO_KEY + " (its value when unset);"
                    + " set it to your apps' own keys");
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Refusing to start beside live gateways " + liveGateways + ": "
                    + String.join("; ", refusals));
        }
    }

    /** Gateways that move real money call back and send payers over HTTPS only. */
    static void requireHttpsWhenLive(String backendUrl, Set<String> liveGateways) {
        if (!liveGateways.isEmpty() && !backendUrl.startsWith("https://")) {
            throw new IllegalStateException("BACKEND_URL must be an https:// URL when a gateway is not in test mode"
                    + " (live: " + liveGateways + "); it is " + backendUrl);
        }
    }
}
