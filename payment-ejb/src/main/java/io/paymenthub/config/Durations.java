package io.paymenthub.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lists of delays in configuration: {@code 1m,5m,15m,1h,6h}, {@code 30s}, or ISO-8601 ({@code PT1M}). */
public final class Durations {

    private Durations() {
    }

    public static List<Duration> parse(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Durations::one).toList();
    }

    private static Duration one(String text) {
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("Not a delay: " + text + " (e.g. 30s, 5m, 1h, PT1M)");
        };
    }
}
