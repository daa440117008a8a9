package io.paymenthub.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.it.Hub.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /openapi} is a contract a client can be generated from: the project's title and version, a schema for
 * every answer, problems as problem+json, the bearer scheme exactly on the merchant API, and the same document the
 * build wrote (from which GeneratedClientIT's client is generated).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static JsonObject document;

    @BeforeAll
    static void served() {
        Reply openapi = Hub.get("/openapi", null, "Accept", "application/json");
        assertThat(openapi.status()).isEqualTo(200);
        document = openapi.json();
    }

    @Test
    void it_is_titled_and_versioned_as_the_project() {
        JsonObject info = document.getJsonObject("info");
        assertThat(info.getString("title")).isEqualTo("Payment Hub API");
        assertThat(info.getString("version")).isEqualTo(System.getProperty("hub.version"));
        assertThat(info.getString("description")).contains("Idempotency-Key", "problem+json");
    }

    @Test
    void it_is_the_document_the_build_wrote_for_clients() throws IOException {
        JsonObject built;
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("hub.openapi.document")))) {
            built = Json.createReader(reader).readObject();
        }
        assertThat(built.getJsonObject("info").getString("version")).isEqualTo(System.getProperty("hub.version"));
        // key by key, so that a difference is shown as the part that differs
        for (String part : List.of("paths", "components")) {
            JsonObject served = document.getJsonObject(part);
            built.getJsonObject(part).forEach((key, value) -> assertThat(served.get(key)).as(part + " " + key)
                    .isEqualTo(value));
            assertThat(served.keySet()).as(part).isEqualTo(built.getJsonObject(part).keySet());
        }
    }

    @Test
    void every_answer_has_a_schema_and_every_problem_is_problem_json() {
        List<String> faults = new ArrayList<>();
        operations((name, operation) -> {
            if (operation.getString("operationId", "").isEmpty() || operation.getString("summary", "").isEmpty()) {
                faults.add(name + ": no operationId or summary");
            }
            operation.getJsonObject("responses").forEach((status, value) -> {
                JsonObject response = resolve(value.asJsonObject(), "responses");
                if (status.startsWith("3")) {
                    if (!response.getJsonObject("headers").containsKey("Location")) {
                        faults.add(name + ": " + status + " without Location");
                    }
                    return;
                }
                JsonObject content = response.getJsonObject("content");
                if (content == null || content.isEmpty()) {
                    faults.add(name + ": " + status + " without content");
                    return;
                }
                content.forEach((type, media) -> {
                    JsonObject schema = media.asJsonObject().getJsonObject("schema");
                    if (schema == null || schema.isEmpty()) {
                        faults.add(name + ": " + status + " " + type + " with an empty schema");
                    }
                    if (!status.startsWith("2") && !name.contains("/oauth/")
                            && !(type.equals("application/problem+json")
                            && schema.getString("$ref").equals("#/components/schemas/Problem"))) {
                        faults.add(name + ": " + status + " is not a problem");
                    }
                });
            });
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void creations_answer_201_with_location_and_take_an_example_body() {
        JsonObject create = operation("/api/v1/payments", "post");
        assertThat(create.getJsonObject("responses")).doesNotContainKey("200");
        assertThat(create.getJsonObject("responses").getJsonObject("201").getJsonObject("headers"))
                .containsKey("Location");
        assertThat(create.getJsonObject("requestBody").getBoolean("required")).isTrue();
        assertThat(create.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("examples").toString()).contains("order-42");
        assertThat(operation("/api/v1/wallets/{userId}/purchases", "post").getJsonObject("responses")
                .getJsonObject("201").getJsonObject("headers")).containsKey("Location");
        assertThat(operation("/api/v1/payments/{id}/refunds", "post").getJsonObject("responses")).containsKey("201");
        assertThat(operation("/api/v1/events/{id}/redeliver", "post").getJsonObject("responses")).containsKey("202");
        for (String body : List.of("/api/v1/payments/{id}/refunds", "/api/v1/payments/{id}/capture")) {
            assertThat(operation(body, "post").getJsonObject("requestBody").toString()).as(body).contains("$ref");
        }
    }

    @Test
    void the_merchant_api_takes_the_bearer_key_and_idempotency_keys_the_others_neither() {
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
                .getString("scheme")).isEqualTo("bearer");
        operations((name, operation) -> {
            boolean merchant = name.contains(" /api/v1/") && !name.contains("/callbacks/") && !name.contains("/return/");
            assertThat(operation.containsKey("security")).as(name).isEqualTo(merchant);
            String parameters = String.valueOf(operation.get("parameters"));
            assertThat(parameters).as(name).contains("#/components/parameters/RequestId");
            assertThat(parameters.contains("#/components/parameters/IdempotencyKey")).as(name)
                    .isEqualTo(merchant && name.startsWith("post "));
        });
    }

    @Test
    void statuses_gateways_event_types_and_problem_codes_are_enums() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(enumOf(schemas, "PaymentStatus")).contains("PENDING", "SUCCESSFUL", "PARTIALLY_REFUNDED");
        assertThat(enumOf(schemas, "RefundStatus")).containsExactly("PENDING", "SUCCEEDED", "FAILED");
        assertThat(enumOf(schemas, "Gateway")).containsExactly("dummy", "begateway", "bog", "epayment", "newebpay");
        assertThat(enumOf(schemas, "EventType")).contains("payment.succeeded", "payment.refunded")
                .doesNotContain("payment.created");
        assertThat(enumOf(schemas, "ProblemCode")).contains("not_found", "idempotency_key_reused");
        assertThat(schemas.getJsonObject("Payment").getJsonObject("properties").getJsonObject("status")
                .getString("$ref")).isEqualTo("#/components/schemas/PaymentStatus");
    }

    @Test
    void the_events_api_says_which_headers_a_notification_carries() {
        assertThat(document.getJsonObject("paths")).containsKeys("/api/v1/events", "/api/v1/events/{id}",
                "/api/v1/events/{id}/redeliver", "/api/v1/callbacks/{gateway}", "/api/v1/return/{gateway}",
                "/pay/{token}", "/pay/dummy/{token}");
        assertThat(document.toString()).contains("\"delivery\"", "\"retrying\"", "webhook-id", "webhook-timestamp",
                "webhook-signature", "Payment-Signature");
    }

    private static List<String> enumOf(JsonObject schemas, String name) {
        return schemas.getJsonObject(name).getJsonArray("enum").getValuesAs(JsonString::getString);
    }

    private static JsonObject operation(String path, String method) {
        return document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    }

    private static JsonObject resolve(JsonObject value, String kind) {
        String ref = value.getString("$ref", null);
        if (ref == null) {
            return value;
        }
        String prefix = "#/components/" + kind + "/";
        assertThat(ref).startsWith(prefix);
        return document.getJsonObject("components").getJsonObject(kind).getJsonObject(ref.substring(prefix.length()));
    }

    private static void operations(java.util.function.BiConsumer<String, JsonObject> check) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method) && operation.getValueType() == JsonValue.ValueType.OBJECT) {
                check.accept(method + " " + path, operation.asJsonObject());
            }
        }));
    }
}
