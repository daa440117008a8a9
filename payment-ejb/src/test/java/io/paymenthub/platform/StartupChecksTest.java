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
    @Test
    void beside_a_live_gateway_the_dummy_default_and_the_demo_key_refuse_to_start_naming_their_settings() {
        assertThatThrownBy(() -> StartupChecks.refuseTestShortcutsWhenLive("dummy", false, Set.of("newebpay")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PAYMENT_DEFAULT_GATEWAY").hasMessageContaining("newebpay")
                .hasMessageNotContaining("PAYMENT_API_KEYS").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> StartupChecks.refuseTestShortcutsWhenLive("newebpay", true, Set.of("newebpay")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PAYMENT_API_KEYS").hasMessageContaining("sk_test_demo")
                .hasMessageNotContaining("PAYMENT_DEFAULT_GATEWAY");
        assertThatThrownBy(() -> StartupChecks.refuseTestShortcutsWhenLive("dummy", true, Set.of("bog")))
                .hasMessageContaining("PAYMENT_DEFAULT_GATEWAY").hasMessageContaining("PAYMENT_API_KEYS");
        assertThatCode(() -> StartupChecks.refuseTestShortcutsWhenLive("bog", false, Set.of("bog")))
                .doesNotThrowAnyException();
    }

    @Test
    void without_a_live_gateway_the_dummy_default_and_the_demo_key_are_fine() {
        assertThatCode(() -> StartupChecks.refuseTestShortcutsWhenLive("dummy", true, Set.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_cluster_node_refuses_any_database_but_postgresql() {
        assertThatCode(() -> StartupChecks.refuseUnsharedDatabaseInCluster("PostgreSQL")).doesNotThrowAnyException();
        assertThatThrownBy(() -> StartupChecks.refuseUnsharedDatabaseInCluster("H2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAYMENT_DB_URL=jdbc:postgresql:");
    }
}
