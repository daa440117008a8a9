package io.paymenthub.gateway.epayment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountIdsTest {

    private final AccountIds accounts = new AccountIds("client-secret");

    @Test
    void one_account_per_app_and_customer_the_same_every_time() {
        assertThat(accounts.of("app1", "user_1")).isEqualTo(accounts.of("app1", "user_1")).matches("[0-9a-f]{32}");
        assertThat(accounts.of("app1", "user_1")).isNotEqualTo(accounts.of("app2", "user_1"))
                .isNotEqualTo(accounts.of("app1", "user_2"));
    }

    @Test
    void the_documented_vector() {
        // printf '%s' epayment-account:4:app1:user_1 | openssl dgst -sha256 -hmac client-secret
        assertThat(accounts.of("app1", "user_1")).isEqualTo("553977697466ae9e42381bf727105ae3");
    }

    @Test
    void the_app_and_customer_ids_cannot_be_shifted_into_each_other() {
        assertThat(accounts.of("app1", "x:user")).isNotEqualTo(accounts.of("app1:x", "user"));
    }

    @Test
    void without_the_client_secret_an_account_cannot_be_derived() {
        assertThat(new AccountIds("other-secret").of("app1", "user_1")).isNotEqualTo(accounts.of("app1", "user_1"));
        assertThat(accounts.of("app1", "user_1")).doesNotContain("user_1");
    }
}
