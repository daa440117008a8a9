package io.paymenthub.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 literals, as headers and settings write them ({@code 203.0.113.7}, {@code 2001:db8::1},
 * {@code [2001:db8::1]:443}, {@code 203.0.113.7:51234}). Never a name lookup: text that is not a literal is
 * refused before {@link InetAddress} could resolve it. An IPv4-mapped IPv6 address reads as its IPv4 address.
 */
public final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiterals() {
    }

    /** An address as a header may write it: bare, or with a port ({@code [v6]:port}, {@code v4:port}). */
    public static Optional<InetAddress> fromHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            literal = end < 0 ? "" : literal.substring(1, end);
        } else if (IPV4_WITH_PORT.matcher(literal).matches()) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        return parse(literal);
    }

    /** A bare IPv4 or IPv6 literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (IPV4.matcher(literal).matches()) {
            return ipv4(literal);
        }
        if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
            try {
                // a literal with a colon is parsed, never looked up (and refused when malformed)
                return Optional.of(InetAddress.getByName(literal));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4(String literal) {
        String[] parts = literal.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
