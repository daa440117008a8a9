package io.paymenthub.gateway.begateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckoutPathsTest {

    @Test
    void the_configured_path_comes_first_then_the_known_alternatives() {
        assertThat(CheckoutPaths.candidates(null, Optional.of("ctp/api/v3/checkouts/")))
                .containsExactly("/ctp/api/v3/checkouts", "/ctp/api/checkouts", "/api/checkouts", "/checkouts");
    }

    @Test
    void without_configuration_the_documented_path_comes_first() {
        assertThat(CheckoutPaths.candidates(null, Optional.empty())).first().isEqualTo("/ctp/api/checkouts");
    }

    @Test
    void the_path_that_worked_is_remembered_and_tried_first() {
        assertThat(CheckoutPaths.candidates("/checkouts", Optional.of("/wrong")))
                .containsExactly("/checkouts", "/wrong", "/ctp/api/checkouts", "/api/checkouts");
    }

    @Test
    void only_not_found_and_method_not_allowed_mean_try_elsewhere() {
        assertThat(CheckoutPaths.isWrongPath(404)).isTrue();
        assertThat(CheckoutPaths.isWrongPath(405)).isTrue();
        assertThat(CheckoutPaths.isWrongPath(422)).isFalse();
        assertThat(CheckoutPaths.isWrongPath(500)).isFalse();
    }
}
