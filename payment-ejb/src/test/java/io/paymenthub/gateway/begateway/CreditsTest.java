package io.paymenthub.gateway.begateway;

import static io.paymenthub.gateway.begateway.TransactionReportTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.begateway.BeGatewayClient.Answer;
import io.paymenthub.gateway.spi.PayoutSnapshot;
import io.paymenthub.gateway.spi.ResultKind;
import io.paymenthub.money.Money;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditsTest {

    private static final PayoutSnapshot PAYOUT = new PayoutSnapshot("po_1", "app1", Money.of(1250, "EUR"), "Prize",
            true, null, Instant.parse("2026-12-07T23:00:00Z"));

    @Test
    void a_credit_carries_integer_minor_units_the_payout_id_as_tracking_id_and_the_card_token() {
        JsonObject request = Credits.request(PAYOUT, "tok-1", "https://hub.example/api/v1/callbacks/begateway").build();
        assertThat(request.getJsonNumber("amount").longValueExact()).isEqualTo(1250);
        assertThat(request.getString("currency")).isEqualTo("EUR");
        assertThat(request.getString("tracking_id")).isEqualTo("po_1");
        assertThat(request.getBoolean("test")).isTrue();
        assertThat(request.getJsonObject("credit_card").getString("token")).isEqualTo("tok-1");
        assertThat(request.getString("notification_url")).endsWith("/callbacks/begateway");
    }

    @Test
    void the_single_credit_of_the_payout_tells_its_outcome_none_tells_nothing() {
        String list = "{\"transactions\":[{\"uid\":\"c1\",\"type\":\"credit\",\"status\":\"successful\"},"
                + "{\"uid\":\"p1\",\"type\":\"payment\",\"status\":\"failed\"}]}";
        var found = RefundQueries.single(new Answer(200, json(list)), Credits.TYPE, t -> true);
        assertThat(found.kind()).isEqualTo(ResultKind.PROCESSED);
        assertThat(found.gatewayReference()).isEqualTo("c1");
        assertThat(RefundQueries.single(new Answer(200, json("{\"transactions\":[]}")), Credits.TYPE, t -> true)
                .kind()).isEqualTo(ResultKind.UNDEFINED);
        assertThat(RefundQueries.single(new Answer(503, null), Credits.TYPE, t -> true).kind())
                .isEqualTo(ResultKind.UNDEFINED);
    }

    @Test
    void a_credit_webhook_names_its_payout_a_payments_does_not() {
        var report = Credits.report(json("{\"transaction\":{\"uid\":\"c1\",\"type\":\"credit\",\"status\":\"failed\","
                + "\"message\":\"Card expired\",\"tracking_id\":\"po_1\"}}"));
        assertThat(report).isPresent();
        assertThat(report.get().payoutId()).isEqualTo("po_1");
        assertThat(report.get().result().kind()).isEqualTo(ResultKind.ERROR);
        assertThat(report.get().result().message()).contains("Card expired");
        assertThat(Credits.report(json("{\"transaction\":{\"uid\":\"p1\",\"type\":\"payment\",\"status\":\"successful\","
                + "\"tracking_id\":\"pay_1\"}}"))).isEmpty();
    }

    @Test
    void only_the_token_and_a_mask_of_the_first_and_last_four_digits_are_read_of_the_card() {
        var card = CardToken.of(json("{\"transaction\":{\"credit_card\":{\"token\":\"tok-9\",\"first_1\":\"4\","
                + "\"last_4\":\"4242\",\"holder\":\"John Doe\"}}}"));
        assertThat(card).isPresent();
        assertThat(card.get().token()).isEqualTo("tok-9");
        assertThat(card.get().mask()).isEqualTo("4***********4242");
        assertThat(CardToken.of(json("{\"transaction\":{\"credit_card\":{\"last_4\":\"4242\"}}}"))).isEmpty();
    }
}
