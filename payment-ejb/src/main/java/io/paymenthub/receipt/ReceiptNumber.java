package io.paymenthub.receipt;

/** {@code R-2026-000042}: the year and at least six digits of its sequence, human-readable and sortable in a year. */
public final class ReceiptNumber {

    private ReceiptNumber() {
    }

    public static String of(int year, long sequence) {
        if (sequence < 1 || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("No receipt number for year " + year + ", sequence " + sequence);
        }
        String digits = Long.toString(sequence);
        return "R-" + year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }
}
