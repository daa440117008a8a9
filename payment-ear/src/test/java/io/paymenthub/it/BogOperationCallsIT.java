package io.paymenthub.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.paymenthub.it.BogSimulator.receiptJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BOG's custom operations calling the hub as seed 002 describes them: GET, POST, PUT or PATCH with the order id and
 * a status in the query or the body, authenticated by every method the IT configuration requires (the RSA signature
 * and the HMAC over the raw body, empty or not, a bearer token from the hub and the API key). What a call claims is
 * never applied: the order's receipt is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BogOperationCallsIT {

    private static final String CALLBACK = "/api/v1/callbacks/bog";
    @RegisterExtension
    static final BogSimulator BOG = new BogSimulator();

    @BeforeEach
    void reset() {
        BOG.server.resetAll();
        BOG.issuesToken("tok-operations", 3600);
    }

    @Test
    void a_get_with_the_order_and_status_in_the_query_applies_the_orders_receipt() {
        JsonObject payment = BOG.payment(2699, "automatic");
        String order = payment.getString("gatewayUid");
        receipt(payment, "completed", "100", "26.99");

        Reply reply = call("GET", "?order_id=" + order + "&status=completed", "", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("SUCCESSFUL");
        JsonObject after = reload(payment);
        assertThat(after.getString("status")).isEqualTo("SUCCESSFUL");
        assertThat(after.getJsonArray("events").toString()).contains("(receipt)", "claimed status completed");
        assertThat(BOG.gets("/payments/v1/receipt/" + order)).hasSize(1);
    }

    @Test
    void put_with_a_json_body_and_patch_with_a_form_body_are_read_as_well() {
        JsonObject paidByPut = BOG.payment(1000, "automatic");
        receipt(paidByPut, "completed", "100", "10.00");
        String json = "{\"order_id\":\"" + paidByPut.getString("gatewayUid") + "\",\"status\":\"completed\"}";
        assertThat(call("PUT", "", json, "application/json").status()).isEqualTo(200);
        assertThat(reload(paidByPut).getString("status")).isEqualTo("SUCCESSFUL");

        JsonObject declinedByPatch = BOG.payment(1000, "automatic");
        receipt(declinedByPatch, "rejected", "107", "10.00");
        String form = "order_id=" + declinedByPatch.getString("gatewayUid") + "&status=rejected";
        assertThat(call("PATCH", "", form, "application/x-www-form-urlencoded").status()).isEqualTo(200);
        assertThat(reload(declinedByPatch).getString("status")).isIn("DECLINED", "FAILED");
    }

    @Test
    void a_claimed_success_the_receipt_does_not_show_is_not_applied() {
        JsonObject payment = BOG.payment(2699, "automatic");
        receipt(payment, "processing", "", "26.99");

        Reply reply = call("POST", "?order_id=" + payment.getString("gatewayUid") + "&status=completed", "", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_call_whose_receipt_is_for_another_amount_is_refused_with_409() {
        JsonObject payment = BOG.payment(2699, "automatic");
        receipt(payment, "completed", "100", "1.00");

        Reply reply = call("GET", "?order_id=" + payment.getString("gatewayUid") + "&status=completed", "", null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("code")).isEqualTo("amount_mismatch");
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_call_failing_any_configured_authentication_is_refused_with_401_before_bog_is_asked() {
        JsonObject payment = BOG.payment(2699, "automatic");
        receipt(payment, "completed", "100", "26.99");
        String query = "?order_id=" + payment.getString("gatewayUid") + "&status=completed";

        Map<String, String> wrongKey = BogSimulator.goodHeaders("");
        wrongKey.put("X-API-Key", "guessed");
        assertThat(send("GET", query, "", wrongKey).status()).isEqualTo(401);
        Map<String, String> signedAnotherBody = BogSimulator.goodHeaders("order_id=x");
        assertThat(send("GET", query, "", signedAnotherBody).status()).isEqualTo(401);
        Map<String, String> noToken = BogSimulator.goodHeaders("");
        noToken.remove("Authorization");
        Reply refused = send("PATCH", query, "", noToken);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("code")).isEqualTo("signature_invalid");

        assertThat(BOG.gets("/payments/v1/receipt/" + payment.getString("gatewayUid"))).isEmpty();
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void calls_naming_no_order_two_orders_or_an_order_bog_does_not_know_are_refused_with_400() {
        JsonObject payment = BOG.payment(2699, "automatic");
        String order = payment.getString("gatewayUid");

        assertThat(call("GET", "?status=completed", "", null).status()).isEqualTo(400);
        Reply twoOrders = call("PUT", "?order_id=" + order, "{\"order_id\":\"ord-other\"}", "application/json");
        assertThat(twoOrders.status()).isEqualTo(400);
        assertThat(twoOrders.json().getString("code")).isEqualTo("invalid_request");
        BOG.receipt("ord-unknown", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Invalid order_id\"}"));
        assertThat(call("GET", "?order_id=ord-unknown&status=completed", "", null).status()).isEqualTo(400);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void a_delete_is_not_a_method_bog_calls_with() {
        JsonObject payment = BOG.payment(2699, "automatic");
        Reply reply = send("DELETE", "?order_id=" + payment.getString("gatewayUid"), "", BogSimulator.goodHeaders(""));
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reload(payment).getString("status")).isEqualTo("PENDING");
    }

    private static void receipt(JsonObject payment, String key, String code, String amount) {
        BOG.receipt(payment.getString("gatewayUid"), okJson(receiptJson(payment.getString("gatewayUid"),
                payment.getString("id"), key, code, amount, "GEL")));
    }

    /** A call with every configured authentication right for its (raw) body. */
    private static Reply call(String method, String query, String body, String contentType) {
        Map<String, String> headers = BogSimulator.goodHeaders(body);
        if (contentType == null) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", contentType);
        }
        return send(method, query, body, headers);
    }

    private static Reply send(String method, String query, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Hub.URL + CALLBACK + query))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return Hub.send(request);
    }

    private static JsonObject reload(JsonObject payment) {
        return Hub.get("/api/v1/payments/" + payment.getString("id"), Hub.APP1_KEY).json();
    }
}
