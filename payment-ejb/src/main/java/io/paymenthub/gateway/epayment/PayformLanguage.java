package io.paymenthub.gateway.epayment;

import io.paymenthub.payment.PayerLocale;
import java.util.Optional;

/** The payment form's {@code language}: Halyk's page speaks {@code rus}, {@code kaz} and {@code eng}. */
final class PayformLanguage {

    private PayformLanguage() {
    }

    /** No locale chosen: {@code rus}, the form's own default. */
    static String of(Optional<PayerLocale> payer) {
        return payer.map(locale -> switch (locale) {
            case RU -> "rus";
            case KK -> "kaz";
            default -> "eng";
        }).orElse("rus");
    }
}
