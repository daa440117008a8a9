package io.paymenthub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A payment's line items: they add up to its amount exactly, and are stored and read back as they were given. */
class LineItemsTest {

    private static final List<LineItem> ITEMS = List.of(new LineItem("sku-1", "Credits x100", 2, 1000, 18),
            new LineItem("sku-2", null, 1, 699, null));

    private static NewPayment payment(long amount, List<LineItem> items) {
        return new NewPayment("app", "bog", Money.of(amount, "GEL"), null, null, null, null, null, null,
                CaptureMode.AUTOMATIC, Map.of(), null, items, null);
    }

    @Test
    void items_that_add_up_to_the_amount_are_kept() {
        assertThat(payment(2699, ITEMS).items()).isEqualTo(ITEMS);
        assertThat(payment(2699, null).items()).isEmpty();
        assertThat(payment(2699, null).checkoutOptions()).isEqualTo(CheckoutOptions.NONE);
    }

    @Test
    void items_that_do_not_add_up_or_overflow_are_refused_with_their_own_code() {
        assertThatThrownBy(() -> payment(2700, ITEMS)).isInstanceOf(HubException.class)
                .matches(e -> ((HubException) e).code() == ProblemCode.ITEMS_TOTAL_MISMATCH)
                .matches(e -> Long.valueOf(2699).equals(((HubException) e).extensions().get("itemsTotal")));
        List<LineItem> huge = List.of(new LineItem("a", null, 1_000_000, Long.MAX_VALUE / 10, null));
        assertThatThrownBy(() -> payment(2699, huge)).isInstanceOf(HubException.class)
                .matches(e -> ((HubException) e).code() == ProblemCode.ITEMS_TOTAL_MISMATCH);
    }

    @Test
    void items_and_checkout_options_are_stored_as_json_and_read_back_unchanged() {
        LineItemsConverter items = new LineItemsConverter();
        assertThat(items.convertToEntityAttribute(items.convertToDatabaseColumn(ITEMS))).isEqualTo(ITEMS);
        assertThat(items.convertToDatabaseColumn(List.of())).isNull();
        assertThat(items.convertToEntityAttribute(null)).isEmpty();

        CheckoutOptionsConverter options = new CheckoutOptionsConverter();
        CheckoutOptions full = new CheckoutOptions("dark", List.of("card", "google_pay"),
                new CheckoutOptions.Buyer("Nino B.", null, "+995 5** *** *12"));
        assertThat(options.convertToEntityAttribute(options.convertToDatabaseColumn(full))).isEqualTo(full);
        assertThat(options.convertToDatabaseColumn(CheckoutOptions.NONE)).isNull();
        assertThat(options.convertToEntityAttribute(null)).isEqualTo(CheckoutOptions.NONE);
    }
}
