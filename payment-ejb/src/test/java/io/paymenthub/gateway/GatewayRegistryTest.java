package io.paymenthub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.GatewayAdapter;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayRegistryTest {

    private static GatewayAdapter adapter(boolean testMode, boolean besideLive) {
        return (GatewayAdapter) Proxy.newProxyInstance(GatewayAdapter.class.getClassLoader(),
                new Class<?>[] {GatewayAdapter.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isTestMode" -> testMode;
                    case "isEnabledBesideLive" -> besideLive;
                    case "isEnabled" -> true;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void a_simulator_is_enabled_while_no_gateway_is_live() {
        Map<String, GatewayAdapter> enabled = Map.of("dummy", adapter(true, false), "bog", adapter(true, true));
        assertThat(GatewayRegistry.besideLive(enabled)).containsOnlyKeys("dummy", "bog");
    }

    @Test
    void beside_a_live_gateway_a_simulator_is_withdrawn_unless_it_may_stay() {
        assertThat(GatewayRegistry.besideLive(Map.of("dummy", adapter(true, false), "bog", adapter(false, true))))
                .containsOnlyKeys("bog");
        assertThat(GatewayRegistry.besideLive(Map.of("dummy", adapter(true, true), "bog", adapter(false, true))))
                .containsOnlyKeys("dummy", "bog");
    }
}
