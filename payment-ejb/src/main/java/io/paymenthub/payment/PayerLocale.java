package io.paymenthub.payment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the hub speaks to a payer: its pages, and the language asked of each gateway's page. A payment
 * carries one when the merchant chose it; otherwise the hosted pages take the browser's {@code Accept-Language}.
 */
public enum PayerLocale {
    EN("en"), RU("ru"), KA("ka"), KK("kk"), ZH_TW("zh-TW");

    /** The tags a merchant may send, for messages. */
    public static final String TAGS = "en, ru, ka, kk, zh-TW";

    private static final List<Locale.LanguageRange> NONE = List.of();
    private static final List<String> SUPPORTED = List.of("en", "ru", "ka", "kk", "zh-tw", "zh-hant");

    private final String tag;

    PayerLocale(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as the merchant sends it and the pages' {@code lang} says. */
    public String tag() {
        return tag;
    }

    /** A merchant's {@code locale}: one of {@link #TAGS}, in any letter case; anything else is empty. */
    public static Optional<PayerLocale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (PayerLocale locale : values()) {
            if (locale.tag.equalsIgnoreCase(tag)) {
                return Optional.of(locale);
            }
        }
        return Optional.empty();
    }

    /** The browser's preferred language among ours ({@code zh-Hant} counts as {@code zh-TW}), else {@link #EN}. */
    public static PayerLocale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            ranges = NONE;
        }
        String best = Locale.lookupTag(ranges, SUPPORTED);
        if (best == null) {
            return EN;
        }
        return best.startsWith("zh") ? ZH_TW : parse(best).orElse(EN);
    }
}
