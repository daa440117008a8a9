package io.paymenthub.gateway.newebpay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} as NewebPay's PHP samples write it with {@code http_build_query}:
 * UTF-8, spaces as {@code +}, every byte but letters, digits and {@code -_.} as upper-case {@code %XX}.
 * (The JDK's {@code URLEncoder} leaves {@code *} alone, which PHP does not.) The encrypted TradeInfo covers
 * these exact bytes, so the spelling matters.
 */
final class FormEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FormEncoding() {
    }

    /** The parameters in their given order, as {@code http_build_query} would join them. */
    static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(name)).append('=').append(encode(value));
        });
        return out.toString();
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Reads a form body; a name given twice keeps its last value, as PHP does.
     *
     * @throws IllegalArgumentException for a malformed {@code %} escape
     */
    static Map<String, String> decode(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
