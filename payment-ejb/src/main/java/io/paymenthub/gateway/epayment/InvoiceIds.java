package io.paymenthub.gateway.epayment;

/**
 * epayment.kz invoice ids: 6 to 15 digits, the last 6 unique. The hub numbers invoices from a database identity:
 * {@code 100000000000 + n}, twelve digits without a leading zero, whose last six repeat only after a million
 * invoices and whose whole value never repeats.
 */
final class InvoiceIds {

    static final long BASE = 100_000_000_000L;
    static final long MAX_SEQUENCE = 999_999_999_999_999L - BASE;

    private InvoiceIds() {
    }

    static String of(long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("invoice sequence out of range: " + sequence);
        }
        return Long.toString(BASE + sequence);
    }

    static boolean isValid(String invoiceId) {
        return invoiceId != null && invoiceId.matches("\\d{6,15}");
    }
}
