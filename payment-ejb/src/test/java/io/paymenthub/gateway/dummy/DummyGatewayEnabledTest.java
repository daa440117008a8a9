package io.paymenthub.gateway.dummy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DummyGatewayEnabledTest {

    private static DummyGateway dummy(Optional<Boolean> setting) {
        DummyGateway dummy = new DummyGateway();
        dummy.enabled = setting;
        return dummy;
    }

    @Test
    void unset_it_is_enabled_but_not_beside_a_live_gateway() {
        assertThat(dummy(Optional.empty()).isEnabled()).isTrue();
        assertThat(dummy(Optional.empty()).isEnabledBesideLive()).isFalse();
    }

    @Test
    void payment_dummy_enabled_true_keeps_it_beside_live_gateways_and_false_disables_it() {
        assertThat(dummy(Optional.of(true)).isEnabledBesideLive()).isTrue();
        assertThat(dummy(Optional.of(false)).isEnabled()).isFalse();
        assertThat(dummy(Optional.of(false)).isEnabledBesideLive()).isFalse();
    }
}
