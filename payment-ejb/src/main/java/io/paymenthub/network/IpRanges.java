package io.paymenthub.network;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list of networks in CIDR notation, IPv4 and IPv6 ({@code 203.0.113.0/24, 2001:db8::/32}); a bare address is a
 * network of one. Host bits below the prefix are ignored. {@link #ANY} (an unset list) contains every address.
 */
public final class IpRanges {

    public static final IpRanges ANY = new IpRanges(null);

    private final List<Network> networks;

    private IpRanges(List<Network> networks) {
        this.networks = networks;
    }

    /**
     * {@code text} read as a comma list; unset or blank is {@link #ANY}.
     *
     * @throws IllegalArgumentException naming {@code key} and the entry that is not a network
     */
    public static IpRanges parse(String key, Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return ANY;
        }
        return new IpRanges(networks(key, text.get()));
    }

    /** As {@link #parse}, but unset or blank is the empty list, which contains no address. */
    public static IpRanges parseOrNone(String key, Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return new IpRanges(List.of());
        }
        return new IpRanges(networks(key, text.get()));
    }

    private static List<Network> networks(String key, String text) {
        List<Network> networks = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                networks.add(Network.parse(entry.strip()).orElseThrow(() -> new IllegalArgumentException(
                        key + ": '" + entry.strip() + "' is not an IPv4 or IPv6 address or CIDR network")));
            }
        }
        return List.copyOf(networks);
    }

    public boolean isAny() {
        return networks == null;
    }

    public boolean contains(InetAddress address) {
        if (networks == null) {
            return true;
        }
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        for (Network network : networks) {
            if (network.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return networks == null ? "any" : networks.toString();
    }

    private record Network(byte[] prefix, int bits, String text) {

        static Optional<Network> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = IpLiterals.parse(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int max = bytes.length * 8;
            int bits = max;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > max) {
                    return Optional.empty();
                }
                bits = Integer.parseInt(length);
            }
            return Optional.of(new Network(bytes, bits, text));
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
