package io.paymenthub.web.pay;

import io.paymenthub.payment.PayerLocale;
import io.paymenthub.payment.Payment;
import io.paymenthub.payment.PaymentStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the hub's pages in one of the {@link PayerLocale}s ({@code pages*.properties} beside this class;
 * English is the base every other language falls back to key by key). Loaded once, at first use.
 */
public final class PageText {

    private static final Map<PayerLocale, PageText> ALL = new EnumMap<>(PayerLocale.class);

    static {
        for (PayerLocale locale : PayerLocale.values()) {
            ALL.put(locale, new PageText(locale, ResourceBundle.getBundle("io.paymenthub.web.pay.pages",
                    Locale.forLanguageTag(locale.tag()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final PayerLocale locale;
    private final ResourceBundle bundle;

    private PageText(PayerLocale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static PageText of(PayerLocale locale) {
        return ALL.get(locale);
    }

    /** A payment's page: in the merchant's choice of language, else in the browser's. */
    public static PageText forPayment(Payment payment, String acceptLanguage) {
        return of(payment.locale().orElseGet(() -> PayerLocale.fromAcceptLanguage(acceptLanguage)));
    }

    /** The status for people, in this language. */
    public String status(PaymentStatus status) {
        return get("status." + status.name());
    }

    public PayerLocale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code {0}} replaced by {@code argument} when given; not escaped. */
    public String get(String key, String... argument) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        return argument.length == 0 ? text : text.replace("{0}", argument[0]);
    }
}
