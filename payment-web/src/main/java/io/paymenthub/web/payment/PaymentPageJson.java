package io.paymenthub.web.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** A page of the payment list, newest first; {@code nextCursor} is absent on the last page. */
@Schema(name = "PaymentPage")
public record PaymentPageJson(@Schema(required = true) List<PaymentJson> items,
                              @Schema(description = "Absent on the last page") String nextCursor) {
}
