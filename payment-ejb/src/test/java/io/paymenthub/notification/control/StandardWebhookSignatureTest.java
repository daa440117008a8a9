package io.paymenthub.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    private static final String SECRET = "vector-secret-of-app1";
    private static final String ID = "evt_7f3c1b2a9d8e4f60a1b2c3d4e5f60718";
    private static final long TIMESTAMP = 1765000000L;
    private static final String BODY = "{\"id\":\"evt_7f3c1b2a9d8e4f60a1b2c3d4e5f60718\",\"type\":\"payment.succeeded\","
            + "\"created\":1765000000,\"sequence\":2,\"data\":{\"payment\":{\"id\":\"pay_1\",\"status\":\"SUCCESSFUL\","
            + "\"amount\":500,\"currency\":\"EUR\"}}}";

    @Test
    void matches_the_signature_of_the_npm_standardwebhooks_library() {
        // vector made with the npm package standardwebhooks 1.1.1:
        //   new Webhook(Buffer.from('vector-secret-of-app1').toString('base64')).sign(ID, new Date(1765000000 * 1000), BODY)
        assertThat(StandardWebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,PcXUI/INECrBJ0mjNWOdy6EWm79aOw8Z+JcMaJvVXTU=");
        assertThat("whsec_" + Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)))
                .as("the secret a merchant gives the libraries").isEqualTo("whsec_dmVjdG9yLXNlY3JldC1vZi1hcHAx");
    }

    @Test
    void during_a_rotation_there_is_one_space_separated_entry_per_secret_newest_first() {
        String both = StandardWebhookSignature.header(List.of("new-secret", SECRET), ID, TIMESTAMP, BODY);
        assertThat(both.split(" ")).hasSize(2);
        assertThat(both.split(" ")[0]).isEqualTo(StandardWebhookSignature.header(List.of("new-secret"), ID, TIMESTAMP, BODY));
        assertThat(both.split(" ")[1]).isEqualTo("v1,PcXUI/INECrBJ0mjNWOdy6EWm79aOw8Z+JcMaJvVXTU=");
    }

    @Test
    void the_id_and_the_timestamp_are_signed() {
        String signature = StandardWebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY);
        assertThat(StandardWebhookSignature.header(List.of(SECRET), "evt_other", TIMESTAMP, BODY)).isNotEqualTo(signature);
        assertThat(StandardWebhookSignature.header(List.of(SECRET), ID, TIMESTAMP + 1, BODY)).isNotEqualTo(signature);
    }
}
