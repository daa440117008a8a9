package io.paymenthub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendUrlTest {

    private static final Optional<String> UNSET = Optional.empty();

    @Test
    void unset_it_is_the_servers_own_http_port() {
        assertThat(BackendUrl.resolve(UNSET, UNSET, UNSET)).isEqualTo("http://localhost:8080");
    }

    @Test
    void unset_it_follows_the_port_offset_as_the_servers_sockets_do() {
        assertThat(BackendUrl.resolve(UNSET, Optional.of("300"), UNSET)).isEqualTo("http://localhost:8380");
        assertThat(BackendUrl.resolve(UNSET, UNSET, Optional.of("10000"))).isEqualTo("http://localhost:18080");
        assertThat(BackendUrl.resolve(UNSET, Optional.of("300"), Optional.of("10000")))
                .as("PAYMENT_PORT_OFFSET first, as in configure-server.cli").isEqualTo("http://localhost:8380");
    }

    @Test
    void a_configured_url_is_taken_without_its_trailing_slash() {
        assertThat(BackendUrl.resolve(Optional.of("https://pay.example.com/"), Optional.of("300"), UNSET))
                .isEqualTo("https://pay.example.com");
        assertThat(BackendUrl.resolve(Optional.of("https://example.com/hub"), UNSET, UNSET))
                .isEqualTo("https://example.com/hub");
    }

    @Test
    void a_refused_value_names_its_setting_and_what_it_must_be_in_one_line() {
        assertThatThrownBy(() -> BackendUrl.resolve(Optional.of("pay.example.com"), UNSET, UNSET))
                .hasMessageStartingWith("BACKEND_URL must be").hasMessageContaining("'pay.example.com'")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> BackendUrl.resolve(Optional.of("ftp://pay.example.com"), UNSET, UNSET))
                .hasMessageStartingWith("BACKEND_URL must be");
        assertThatThrownBy(() -> BackendUrl.resolve(UNSET, Optional.of("three"), UNSET))
                .hasMessageStartingWith("PAYMENT_PORT_OFFSET must be a whole number").hasMessageContaining("'three'")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> BackendUrl.resolve(UNSET, Optional.of("60000"), UNSET))
                .hasMessageStartingWith("PAYMENT_PORT_OFFSET must be");
    }
}
