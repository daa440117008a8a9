package io.paymenthub.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedCardsTest {

    @Test
    void only_masked_card_numbers_are_kept() {
        assertThat(SavedCards.isMasked("440043******6333")).isTrue();
        assertThat(SavedCards.isMasked("****1234")).isTrue();
        assertThat(SavedCards.isMasked("4400430000006333")).as("a full PAN").isFalse();
        assertThat(SavedCards.isMasked("4400431234**6333")).as("too many digits shown").isFalse();
        assertThat(SavedCards.isMasked(null)).isFalse();
    }
}
