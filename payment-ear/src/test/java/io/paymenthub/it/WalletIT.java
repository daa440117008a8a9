package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Prepaid credits: purchases become balance exactly once, spends never go below zero, refunds take credits back. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletIT {

    private static String newUser() {
        return "user_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObject purchase(String user, long credits) {
        Reply reply = Hub.post("/api/v1/wallets/" + user + "/purchases", Hub.APP1_KEY, "{\"credits\":" + credits + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonObject wallet(String user) {
        Reply reply = Hub.get("/api/v1/wallets/" + user, Hub.APP1_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long balance(String user) {
        return wallet(user).getJsonObject("wallet").getJsonNumber("balance").longValue();
    }

    private static Reply spend(String user, long credits) {
        return Hub.post("/api/v1/wallets/" + user + "/spend", Hub.APP1_KEY,
                "{\"credits\":" + credits + ",\"reference\":\"doc_" + UUID.randomUUID() + "\"}");
    }

    @Test
    void a_purchase_is_a_payment_of_the_credits_price_and_pending_until_paid() {
        String user = newUser();
        JsonObject payment = purchase(user, 100);
        assertThat(payment.getJsonNumber("amount").longValue()).isEqualTo(200);
        assertThat(payment.getString("currency")).isEqualTo("EUR");
        assertThat(payment.getString("reference")).isEqualTo("credits:100");

        JsonObject pending = wallet(user);
        assertThat(pending.getJsonObject("wallet").getJsonNumber("pendingCredits").longValue()).isEqualTo(100);
        assertThat(pending.getJsonObject("wallet").getJsonNumber("balance").longValue()).isZero();
        assertThat(pending.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject line = pending.getJsonArray("transactions").getJsonObject(0);
        assertThat(line.getString("type")).isEqualTo("PURCHASE");
        assertThat(line.getString("status")).isEqualTo("PENDING");
        assertThat(line.getString("paymentId")).isEqualTo(payment.getString("id"));

        assertThat(Hub.payOnDummyPage(payment.getString("token"), "success").status()).isEqualTo(303);
        JsonObject paid = wallet(user);
        assertThat(paid.getJsonObject("wallet").getJsonNumber("balance").longValue()).isEqualTo(100);
        assertThat(paid.getJsonObject("wallet").getJsonNumber("totalPurchased").longValue()).isEqualTo(100);
        assertThat(paid.getJsonObject("wallet").getJsonNumber("pendingCredits").longValue()).isZero();
        assertThat(paid.getJsonArray("transactions").getJsonObject(0).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void a_declined_purchase_never_becomes_balance_and_is_no_longer_pending() {
        String user = newUser();
        JsonObject payment = purchase(user, 10);
        Hub.payOnDummyPage(payment.getString("token"), "decline");
        JsonObject after = wallet(user);
        assertThat(after.getJsonObject("wallet").getJsonNumber("pendingCredits").longValue()).isZero();
        assertThat(after.getJsonObject("wallet").getJsonNumber("balance").longValue()).isZero();
        assertThat(after.getJsonArray("transactions").getJsonObject(0).getString("status")).isEqualTo("FAILED");
    }

    @Test
    void concurrent_duplicate_callbacks_of_many_purchases_credit_each_exactly_once() throws Exception {
        String user = newUser();
        List<byte[]> callbacks = new ArrayList<>();
        for (int credits = 1; credits <= 8; credits++) {
            JsonObject payment = purchase(user, credits);
            callbacks.add(DummyCallbacks.body(payment, "SUCCESSFUL", credits * 2L));
        }
        AtomicInteger next = new AtomicInteger();
        List<Reply> replies = Concurrently.run(24,
                () -> DummyCallbacks.sendSigned(callbacks.get(next.getAndIncrement() % callbacks.size())));
        replies.forEach(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(200));

        JsonObject wallet = wallet(user).getJsonObject("wallet");
        assertThat(wallet.getJsonNumber("balance").longValue()).isEqualTo(36);
        assertThat(wallet.getJsonNumber("totalPurchased").longValue()).isEqualTo(36);
        assertThat(wallet.getJsonNumber("pendingCredits").longValue()).isZero();
    }

    @Test
    void concurrent_spends_take_the_balance_exactly_to_what_it_allows_and_never_below_zero() throws Exception {
        String user = newUser();
        JsonObject payment = purchase(user, 100);
        Hub.payOnDummyPage(payment.getString("token"), "success");

        List<Reply> replies = Concurrently.run(30, () -> spend(user, 7));
        long succeeded = replies.stream().filter(reply -> reply.status() == 200).count();
        replies.stream().filter(reply -> reply.status() != 200)
                .forEach(reply -> MerchantApiIT.assertProblem(reply, 409, "insufficient_credits"));
        assertThat(succeeded).isEqualTo(14);
        JsonObject wallet = wallet(user);
        assertThat(wallet.getJsonObject("wallet").getJsonNumber("balance").longValue()).isEqualTo(2);
        assertThat(wallet.getJsonObject("wallet").getJsonNumber("totalSpent").longValue()).isEqualTo(98);
        assertThat(wallet.getJsonNumber("total").longValue()).isEqualTo(15);
    }

    @Test
    void spending_more_than_the_balance_or_from_an_empty_wallet_is_refused() {
        String user = newUser();
        MerchantApiIT.assertProblem(spend(user, 1), 409, "insufficient_credits");
        MerchantApiIT.assertProblem(Hub.post("/api/v1/wallets/" + user + "/spend", Hub.APP1_KEY, "{\"credits\":0}"),
                400, "invalid_amount");
        MerchantApiIT.assertProblem(Hub.post("/api/v1/wallets/" + user + "/purchases", Hub.APP1_KEY,
                "{\"credits\":1.5}"), 400, "invalid_amount");
    }

    @Test
    void a_refunded_purchase_takes_its_credits_back_and_records_what_was_already_spent() {
        String user = newUser();
        JsonObject payment = purchase(user, 100);
        Hub.payOnDummyPage(payment.getString("token"), "success");
        String refunds = "/api/v1/payments/" + payment.getString("id") + "/refunds";

        assertThat(Hub.post(refunds, Hub.APP1_KEY, "{\"amount\":50}").status()).isEqualTo(201);
        assertThat(balance(user)).isEqualTo(75);
        assertThat(spend(user, 70).status()).isEqualTo(200);
        assertThat(Hub.post(refunds, Hub.APP1_KEY, "").status()).isEqualTo(201);

        JsonObject after = wallet(user);
        JsonObject summary = after.getJsonObject("wallet");
        assertThat(summary.getJsonNumber("balance").longValue()).isZero();
        assertThat(summary.getJsonNumber("unrecoveredCredits").longValue()).isEqualTo(70);
        JsonObject lastRefund = after.getJsonArray("transactions").getJsonObject(0);
        assertThat(lastRefund.getString("type")).isEqualTo("REFUND");
        assertThat(lastRefund.getJsonNumber("credits").longValue()).isEqualTo(75);
        assertThat(lastRefund.getString("status")).isEqualTo("PARTIAL");
        assertThat(lastRefund.getJsonNumber("unrecovered").longValue()).isEqualTo(70);
        assertThat(after.getJsonNumber("total").longValue()).isEqualTo(4);
    }

    @Test
    void the_transactions_are_paged_and_another_apps_wallet_is_separate() {
        String user = newUser();
        for (int i = 0; i < 3; i++) {
            purchase(user, 5);
        }
        JsonObject page = Hub.get("/api/v1/wallets/" + user + "?limit=2&offset=2", Hub.APP1_KEY).json();
        assertThat(page.getJsonArray("transactions")).hasSize(1);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3);
        JsonObject other = Hub.get("/api/v1/wallets/" + user, Hub.APP2_KEY).json();
        assertThat(other.getJsonNumber("total").longValue()).isZero();
        assertThat(other.getJsonObject("wallet").getJsonNumber("pendingCredits").longValue()).isZero();
    }
    @Test
    void a_merchant_payment_naming_a_wallet_is_refused_and_one_cent_mints_nothing() {
        String user = newUser();
        Reply attack = Hub.post("/api/v1/payments", Hub.APP1_KEY, "{\"amount\":1,\"currency\":\"EUR\","
                + "\"reference\":\"credits:9999999999999999\",\"metadata\":{\"walletUserId\":\"" + user + "\"}}");
        if (attack.status() == 201) {
            Hub.payOnDummyPage(attack.json().getString("token"), "success");
        }
        assertThat(balance(user)).as("credits minted by a one-cent payment").isZero();
        assertThat(attack.status()).as(attack.body()).isEqualTo(400);
        assertThat(attack.json().getString("code")).isEqualTo("invalid_request");
        assertThat(attack.json().getString("field")).isEqualTo("metadata.walletUserId");
    }

    @Test
    void credits_as_a_string_a_fraction_or_beyond_the_limit_are_refused() {
        String user = newUser();
        for (String credits : new String[] {"\"10\"", "1.5", "10.0", "1e3", "0", "-1", "1000000000001",
                "9223372036854775808", "99999999999999999999999999", "true", "null", "[]", "{}"}) {
            Reply purchase = Hub.post("/api/v1/wallets/" + user + "/purchases", Hub.APP1_KEY,
                    "{\"credits\":" + credits + "}");
            assertThat(purchase.status()).as(credits + ": " + purchase.body()).isEqualTo(400);
            assertThat(purchase.json().getString("code")).as(credits).isIn("invalid_amount", "malformed_json");
            Reply spend = Hub.post("/api/v1/wallets/" + user + "/spend", Hub.APP1_KEY,
                    "{\"credits\":" + credits + ",\"reference\":\"doc\"}");
            assertThat(spend.status()).as(credits + ": " + spend.body()).isEqualTo(400);
        }
        Reply tooMany = Hub.post("/api/v1/wallets/" + user + "/purchases", Hub.APP1_KEY, "{\"credits\":1000000001}");
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
        assertThat(wallet(user).getJsonNumber("total").longValue()).isZero();
    }
}
