package io.paymenthub.gateway.spi;

import java.util.Map;

/**
 * How the payer is sent to the gateway: a redirect, a form to post, or the gateway's widget script opened
 * with a token. {@code GET /pay/{token}} renders it.
 *
 * <p>For a widget, {@code url} is the fallback page (used when the script cannot be loaded) and {@code fields}
 * are the widget's options: {@code widgetClass} names the script's global constructor, opened as
 * {@code new widgetClass({...options, token, closeWidget}).createWidget()}; the other fields are passed as
 * options. Instead of a constructor, {@code widgetFunction} may name a function called with the options
 * ({@code halyk.pay}); then {@code tokenOption} names the option that carries the token, {@code tokenFormat=json}
 * passes it as an object, and the options named in {@code jsonOptions} (a comma list) are parsed as JSON values.
 */
public record Checkout(Type type, String url, String method, Map<String, String> fields, String token,
                       String widgetScript) {

    public enum Type {
        REDIRECT, FORM, WIDGET
    }

    public Checkout {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Checkout redirect(String url) {
        return new Checkout(Type.REDIRECT, url, "GET", Map.of(), null, null);
    }

    public static Checkout form(String url, Map<String, String> fields) {
        return new Checkout(Type.FORM, url, "POST", fields, null, null);
    }

    public static Checkout widget(String token, String widgetScript, String fallbackUrl) {
        return widget(token, widgetScript, fallbackUrl, Map.of());
    }

    public static Checkout widget(String token, String widgetScript, String fallbackUrl, Map<String, String> options) {
        return new Checkout(Type.WIDGET, fallbackUrl, "GET", options, token, widgetScript);
    }
}
