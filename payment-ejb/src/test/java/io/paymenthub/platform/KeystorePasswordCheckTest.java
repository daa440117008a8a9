package io.paymenthub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeystorePasswordCheckTest {

    @Test
    void without_the_launchers_or_an_operators_password_the_constant_fallback_is_in_use() {
        assertThat(KeystorePasswordCheck.usesFallback(Map.of())).isTrue();
        assertThat(KeystorePasswordCheck.usesFallback(Map.of("PAYMENT_TLS_KEYSTORE_PASSWORD", ""))).isTrue();
        assertThat(KeystorePasswordCheck.usesFallback(Map.of("PAYMENT_TLS_KEYSTORE_PASSWORD", "3f9a…"))).isFalse();
    }
}
