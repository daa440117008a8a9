package io.paymenthub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.dummy.DummyGateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
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

    private static GatewayAdapter dummy(Optional<Boolean> setting) {
        DummyGateway dummy = new DummyGateway();
        dummy.enabled = setting;
        return adapter(true, dummy.isEnabledBesideLive());
    }

    @Test
    void the_dummy_gateway_is_enabled_while_no_gateway_is_live() {
        Map<String, GatewayAdapter> enabled = Map.of("dummy", dummy(Optional.empty()), "bog", adapter(true, true));
        assertThat(GatewayRegistry.besideLive(enabled)).containsOnlyKeys("dummy", "bog");
    }

    @Test
    void beside_a_live_gateway_the_dummy_gateway_is_withdrawn_unless_enabled_explicitly() {
        assertThat(GatewayRegistry.besideLive(Map.of("dummy", dummy(Optional.empty()), "bog", adapter(false, true))))
                .containsOnlyKeys("bog");
        assertThat(GatewayRegistry.besideLive(Map.of("dummy", dummy(Optional.of(true)), "bog", adapter(false, true))))
                .containsOnlyKeys("dummy", "bog");
    }

    @Test
    void payment_dummy_enabled_false_disables_it_everywhere() {
        DummyGateway dummy = new DummyGateway();
        dummy.enabled = Optional.of(false);
        assertThat(dummy.isEnabled()).isFalse();
        dummy.enabled = Optional.empty();
        assertThat(dummy.isEnabled()).isTrue();
    }
}
