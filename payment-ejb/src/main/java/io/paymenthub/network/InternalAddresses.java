package io.paymenthub.network;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses a merchant's notify URL may never reach: the hub's own network and every range that is not the
 * public internet — loopback, "this network" 0.0.0.0/8, private 10/8, 172.16/12 and 192.168/16, carrier-grade NAT
 * 100.64.0.0/10, link-local, benchmarking 198.18.0.0/15, multicast, reserved 240/4 and broadcast, IPv6 unique-local
 * fc00::/7 and link-local, NAT64 64:ff9b::/96 — and an IPv6 address that embeds a refused IPv4 one (IPv4-mapped
 * ::ffff:a.b.c.d, IPv4-compatible, 6to4 2002::/16), which would otherwise lead to it by another spelling.
 */
public final class InternalAddresses {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private InternalAddresses() {
    }

    public static boolean isRefused(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isRefusedV4(bytes) : isRefusedV6(bytes);
    }

    private static boolean isRefusedV4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        return first == 0 || first == 10 || first == 127
                || (first == 100 && (second & 0xc0) == 64)
                || (first == 169 && second == 254)
                || (first == 172 && (second & 0xf0) == 16)
                || (first == 192 && second == 168)
                || (first == 198 && (second & 0xfe) == 18)
                || first >= 224;
    }

    private static boolean isRefusedV6(byte[] a) {
        if ((a[0] & 0xfe) == 0xfc || ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] & 0xff) == 0xff) {
            return true;
        }
        if (startsWith(a, 0x00, 0x64, 0xff, 0x9b) && allZero(a, 4, 12)) {
            return true;
        }
        if (allZero(a, 0, 10) && ((a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff || a[10] == 0 && a[11] == 0)) {
            return isRefusedV4(Arrays.copyOfRange(a, 12, 16));
        }
        if (startsWith(a, 0x20, 0x02)) {
            return isRefusedV4(Arrays.copyOfRange(a, 2, 6));
        }
        return false;
    }

    private static boolean startsWith(byte[] a, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((a[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The address a URL's host names when it is an IP literal ({@code 1.2.3.4}, {@code [::1]}, and the short IPv4
     * forms the JDK reads such as {@code 127.1}); empty for a host name. Never asks DNS.
     */
    public static Optional<InetAddress> literal(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        if (!v6 && !IPV4_LITERAL.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host);
            return address instanceof Inet4Address || address instanceof Inet6Address ? Optional.of(address)
                    : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
