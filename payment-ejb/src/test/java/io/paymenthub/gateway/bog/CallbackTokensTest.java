package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackTokensTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void issued_tokens_are_random_and_expire() {
        TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock();
        CallbackTokens tokens = new CallbackTokens(clock, KEY);
        CallbackTokens.Issued first = tokens.issue();
        CallbackTokens.Issued second = tokens.issue();
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(tokens.isValid(first.token())).isTrue();
        assertThat(tokens.isValid("made-up")).isFalse();
        assertThat(tokens.isValid(null)).isFalse();
        clock.advance(CallbackTokens.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(tokens.isValid(first.token())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.isValid(first.token())).isFalse();
    }

    @Test
    void a_token_is_accepted_by_every_node_holding_the_shared_key_and_by_no_other() {
        TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock();
        String token = new CallbackTokens(clock, KEY).issue().token();
        assertThat(new CallbackTokens(clock, KEY.clone()).isValid(token)).isTrue();
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertThat(new CallbackTokens(clock, otherKey).isValid(token)).isFalse();
    }

    @Test
    void a_tampered_or_malformed_token_is_refused() {
        TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock();
        CallbackTokens tokens = new CallbackTokens(clock, KEY);
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(tokens.issue().token());
        bytes[0] ^= 1; // a later expiry
        assertThat(tokens.isValid(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isFalse();
        assertThat(tokens.isValid("not base64 !")).isFalse();
        assertThat(tokens.isValid(java.util.Base64.getUrlEncoder().encodeToString(new byte[56]))).isFalse();
    }
}
