package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpaymentConfigTest {

    private static EpaymentConfig config(String env) {
        EpaymentConfig config = new EpaymentConfig();
        config.env = env;
        config.clientId = Optional.of("id");
        config.clientSecret = Optional.of("secret");
        config.terminal = Optional.of("67890");
        config.oauthUrl = Optional.empty();
        config.apiBaseUrl = Optional.empty();
        config.widgetUrl = Optional.empty();
        return config;
    }

    @Test
    void the_test_environment_uses_the_test_urls() {
        EpaymentConfig config = config("test");
        assertThat(config.testMode()).isTrue();
        assertThat(config.oauthUrl()).isEqualTo("https://test-epay-oauth.epayment.kz/oauth2/token");
        assertThat(config.apiBaseUrl()).isEqualTo("https://test-epay-api.epayment.kz");
        assertThat(config.widgetUrl()).isEqualTo("https://test-epay.epayment.kz/payform/payment-api.js");
    }

    @Test
    void the_prod_environment_uses_the_live_urls() {
        EpaymentConfig config = config("PROD");
        assertThat(config.testMode()).isFalse();
        assertThat(config.oauthUrl()).isEqualTo("https://epay-oauth.homebank.kz/oauth2/token");
        assertThat(config.apiBaseUrl()).isEqualTo("https://epay-api.homebank.kz");
        assertThat(config.widgetUrl()).isEqualTo("https://epay.homebank.kz/payform/payment-api.js");
    }

    @Test
    void every_url_can_be_overridden() {
        EpaymentConfig config = config("prod");
        config.oauthUrl = Optional.of("http://127.0.0.1:9/oauth2/token");
        config.apiBaseUrl = Optional.of("http://127.0.0.1:9/");
        config.widgetUrl = Optional.of("http://127.0.0.1:9/w.js");
        assertThat(config.oauthUrl()).isEqualTo("http://127.0.0.1:9/oauth2/token");
        assertThat(config.apiBaseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(config.widgetUrl()).isEqualTo("http://127.0.0.1:9/w.js");
    }

    @Test
    void the_gateway_is_enabled_only_with_client_id_secret_and_terminal() {
        EpaymentConfig config = config("test");
        assertThat(config.isComplete()).isTrue();
        config.terminal = Optional.of(" ");
        assertThat(config.isComplete()).isFalse();
    }

    @Test
    void an_unknown_environment_stops_the_deployment() {
        assertThatThrownBy(() -> config("staging").testMode()).hasMessageContaining("EPAYMENT_ENV");
    }
}
