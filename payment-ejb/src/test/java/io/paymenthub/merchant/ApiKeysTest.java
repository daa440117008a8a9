package io.paymenthub.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static ApiKeys keys(String spec) {
        ApiKeys keys = new ApiKeys();
        keys.configured = Optional.ofNullable(spec);
        keys.load();
        return keys;
    }

    @Test
    void each_key_names_its_app() {
        ApiKeys keys = keys("shop:sk_live_1, crm:sk_live_2");
        assertThat(keys.appFor("sk_live_1")).contains("shop");
        assertThat(keys.appFor("sk_live_2")).contains("crm");
        assertThat(keys.appFor("sk_live_3")).isEmpty();
        assertThat(keys.appFor("")).isEmpty();
        assertThat(keys.appFor(null)).isEmpty();
    }

    @Test
    void without_configuration_only_the_demo_key_works() {
        ApiKeys keys = keys(null);
        assertThat(keys.appFor("sk_test_demo")).contains("demo");
        assertThat(keys.appFor("sk_live_1")).isEmpty();
    }

    @Test
    void a_malformed_list_is_refused_at_start_up() {
        assertThatThrownBy(() -> keys("shop")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys("shop:")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys(":key")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys("x".repeat(65) + ":key")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys("my app:key")).isInstanceOf(IllegalStateException.class);
    }
}
