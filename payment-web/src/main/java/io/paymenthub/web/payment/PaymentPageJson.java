package io.paymenthub.web.payment;

import java.util.List;

/** A page of the payment list, newest first; {@code nextCursor} is absent on the last page. */
public record PaymentPageJson(List<PaymentJson> items, String nextCursor) {
}
