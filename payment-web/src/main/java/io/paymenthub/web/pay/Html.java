package io.paymenthub.web.pay;

import io.paymenthub.payment.PayerLocale;

/** The frame of the hub's pages, and escaping for everything put into them. */
public final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f5f7;color:#1d2330;
            margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
            main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:2rem 2.5rem;
            max-width:26rem;width:100%}
            h1{font-size:1.1rem;margin:0 0 .25rem;color:#5b6475;font-weight:500}
            .amount{font-size:2.2rem;font-weight:600;margin:.25rem 0 1rem}
            .description{margin:0 0 1.5rem;color:#3a4252}.note{font-size:.85rem;color:#5b6475}
            form{display:flex;gap:.5rem;flex-wrap:wrap}
            button{flex:1;padding:.75rem 1rem;border:0;border-radius:8px;font-size:1rem;cursor:pointer}
            .pay{background:#1f7a4d;color:#fff}.decline{background:#e9ebef;color:#1d2330}
            .fail{background:#fbe9e9;color:#9b1c1c}.status{font-weight:600}
            a{color:#1d4ed8}button:focus-visible,a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
            fieldset{border:0;padding:0;margin:0;display:flex;gap:.5rem;flex-wrap:wrap;flex:1}legend{position:absolute;left:-9999px}
            """;

    private Html() {
    }

    /** A page in English. */
    public static String page(String title, String body) {
        return page(PayerLocale.EN, title, body);
    }

    /** A page in {@code locale}: its {@code lang}, for screen readers and fonts. */
    public static String page(PayerLocale locale, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body><main>" + body + "</main></body></html>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
