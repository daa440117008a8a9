package io.paymenthub.receipt;

/** {@code R-2026-000042}: the year and at least six digits of its sequence, human-readable and sortable in a year. */
public final class ReceiptNumber {

    private ReceiptNumber() {
    }

    public static String of(int year, long sequence) {
        if (sequence < 1 || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("No receipt number for year " + year + ", sequence " + sequence);
        }
        return String.format(java.util.Locale.ROOT, "R-%d-%06d", year, sequence);
    }
}
