package io.paymenthub.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    @Test
    void a_live_gateway_needs_an_https_backend_url() {
        assertThatThrownBy(() -> StartupChecks.requireHttpsWhenLive("http://pay.example", Set.of("begateway")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BACKEND_URL must be an https:// URL")
                .hasMessageContaining("begateway");
        assertThatCode(() -> StartupChecks.requireHttpsWhenLive("https://pay.example", Set.of("begateway")))
                .doesNotThrowAnyException();
    }

    @Test
    void test_mode_gateways_may_use_http() {
        assertThatCode(() -> StartupChecks.requireHttpsWhenLive("http://localhost:8080", Set.of()))
                .doesNotThrowAnyException();
    }
}
