package io.paymenthub.payment.control;

import io.paymenthub.payment.Payment;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** An opaque position in the newest-first payment list: the last payment of the page before. */
public record PageCursor(Instant createdAt, String paymentId) {

    public static PageCursor after(Payment last) {
        return new PageCursor(last.createdAt(), last.id());
    }

    public String encode() {
        String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + paymentId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (RuntimeException e) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "The cursor is not one this API returned");
        }
    }
}
