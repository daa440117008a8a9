package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifySecretsTest {

    @Test
    void each_listed_app_has_its_own_secrets_and_the_others_share_the_hub_wide_one() {
        NotifySecrets secrets = NotifySecrets.parse(Optional.of("app1:one-secret, app2:new-secret|old-secret"),
                Optional.of("shared"));
        assertThat(secrets.of("app1")).containsExactly("one-secret");
        assertThat(secrets.of("app2")).containsExactly("new-secret", "old-secret");
        assertThat(secrets.of("app3")).containsExactly("shared");
        assertThat(secrets.someUnsigned()).isFalse();
    }

    @Test
    void without_a_hub_wide_secret_an_unlisted_app_is_unsigned() {
        NotifySecrets secrets = NotifySecrets.parse(Optional.of("app1:s"), Optional.empty());
        assertThat(secrets.of("app2")).isEmpty();
        assertThat(secrets.someUnsigned()).isTrue();
        assertThat(NotifySecrets.parse(Optional.empty(), Optional.of(" ")).of("app1")).isEqualTo(List.of());
    }

    @Test
    void a_malformed_entry_stops_the_start_without_showing_a_secret() {
        for (String wrong : new String[] {"app1", "app1:", ":secret", "app1:a|b|c", "app1:a|", "app1:a,app1:b"}) {
            assertThatThrownBy(() -> NotifySecrets.parse(Optional.of(wrong), Optional.empty())).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret|").doesNotContain(":a"));
        }
    }
}
