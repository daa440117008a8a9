package io.paymenthub.gateway;

import io.paymenthub.gateway.spi.Gateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.metrics.HubMetrics;
import io.paymenthub.network.IpRanges;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All gateway adapters, by name. A gateway is enabled when its configuration is complete; every name must
 * belong to exactly one adapter, or the deployment fails with a message that says which.
 */
@ApplicationScoped
public class GatewayRegistry {

    @Inject
    BeanManager beanManager;

    @Inject
    @Any
    jakarta.enterprise.inject.Instance<GatewayAdapter> adapters;

    @Inject
    HubMetrics metrics;

    private Map<String, GatewayAdapter> enabled = Map.of();
    private Set<String> known = Set.of();

    @PostConstruct
    void discover() {
        Map<String, List<String>> beansByName = new TreeMap<>();
        for (Bean<?> bean : beanManager.getBeans(GatewayAdapter.class, Any.Literal.INSTANCE)) {
            String name = gatewayName(bean);
            beansByName.computeIfAbsent(name, n -> new ArrayList<>()).add(bean.getBeanClass().getSimpleName());
        }
        List<String> ambiguous = beansByName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        if (!ambiguous.isEmpty()) {
            throw new IllegalStateException("Each gateway needs exactly one adapter; several found for " + ambiguous);
        }
        Map<String, GatewayAdapter> found = new TreeMap<>();
        for (String name : beansByName.keySet()) {
            GatewayAdapter adapter = adapters.select(Gateway.Literal.of(name)).get();
            if (adapter.isEnabled()) {
                found.put(name, adapter);
            }
        }
        Map<String, GatewayAdapter> metered = new TreeMap<>();
        besideLive(found).forEach((name, adapter) -> metered.put(name, new MeteredGateway(name, adapter, metrics)));
        known = Collections.unmodifiableSet(beansByName.keySet());
        enabled = Collections.unmodifiableMap(metered);
    }

    /**
     * The enabled gateways less, when one of them is live (not in test mode), those that may not run beside a
     * live one ({@link GatewayAdapter#isEnabledBesideLive()}: the dummy gateway, unless its operator said so).
     */
    static Map<String, GatewayAdapter> besideLive(Map<String, GatewayAdapter> enabled) {
        if (enabled.values().stream().allMatch(GatewayAdapter::isTestMode)) {
            return enabled;
        }
        Map<String, GatewayAdapter> kept = new TreeMap<>(enabled);
        kept.values().removeIf(adapter -> !adapter.isEnabledBesideLive());
        return kept;
    }

    private static String gatewayName(Bean<?> bean) {
        for (Annotation qualifier : bean.getQualifiers()) {
            if (qualifier instanceof Gateway gateway) {
                return gateway.value();
            }
        }
        throw new IllegalStateException(bean.getBeanClass().getName() + " implements GatewayAdapter without @Gateway");
    }

    /** The adapter of an enabled gateway; an unknown or unconfigured name is the caller's mistake. */
    public GatewayAdapter adapter(String name) {
        GatewayAdapter adapter = name == null ? null : enabled.get(name);
        if (adapter == null) {
            throw new HubException(ProblemCode.UNKNOWN_GATEWAY,
                    "Unknown or unconfigured gateway '" + name + "'; enabled: " + String.join(", ", enabled.keySet()));
        }
        return adapter;
    }

    /** Where the callbacks of gateway {@code name} may come from; any address for a name that is not enabled. */
    public IpRanges callbackSources(String name) {
        GatewayAdapter adapter = name == null ? null : enabled.get(name);
        return adapter == null ? IpRanges.ANY : adapter.callbackSources();
    }

    public boolean isEnabled(String name) {
        return name != null && enabled.containsKey(name);
    }

    public Set<String> enabledNames() {
        return enabled.keySet();
    }

    public Set<String> knownNames() {
        return known;
    }

    /** Enabled gateways that move real money (not in test mode). */
    public Set<String> liveNames() {
        return enabled.entrySet().stream().filter(e -> !e.getValue().isTestMode()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
