package io.paymenthub.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SavedCardTest {

    @Test
    void a_card_is_charged_under_the_account_it_was_saved_under() {
        SavedCard card = new SavedCard("card_1", "app1", "user_1", "epayment", "c-1", "3f2a", "4400****6333",
                Instant.EPOCH);
        assertThat(card.gatewayAccountId()).isEqualTo("3f2a");
    }

    @Test
    void a_card_saved_before_accounts_were_scoped_keeps_its_customer_id_as_account() {
        SavedCard card = new SavedCard("card_1", "app1", "user_1", "epayment", "c-1", null, "4400****6333",
                Instant.EPOCH);
        assertThat(card.gatewayAccountId()).isEqualTo("user_1");
    }
}
