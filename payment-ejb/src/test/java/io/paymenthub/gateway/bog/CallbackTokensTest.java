package io.paymenthub.gateway.bog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackTokensTest {

    @Test
    void issued_tokens_are_random_and_expire() {
        TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock();
        CallbackTokens tokens = new CallbackTokens(clock);
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
}
