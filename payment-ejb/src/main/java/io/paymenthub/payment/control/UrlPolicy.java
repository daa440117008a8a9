package io.paymenthub.payment.control;

import io.paymenthub.config.HubSettings;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The merchant's {@code returnUrl} and {@code notifyUrl}: absolute https URLs, and a notify URL never aimed at
 * the hub's own network (loopback, link-local, private, unique-local), which would let a merchant make the hub
 * call its neighbours. {@code PAYMENT_NOTIFY_ALLOW_PRIVATE=true} lifts both rules for development and tests.
 * Host names are checked here as written; the sender checks the resolved address again when it delivers.
 */
@ApplicationScoped
public class UrlPolicy {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");

    @Inject
    HubSettings settings;

    public void checkReturnUrl(String url) {
        check("returnUrl", url, false);
    }

    public void checkNotifyUrl(String url) {
        check("notifyUrl", url, true);
    }

    private void check(String field, String url, boolean publicOnly) {
        if (url == null) {
            return;
        }
        URI uri = parse(field, url);
        if (settings.allowPrivateUrls()) {
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw invalid(field, "must be an absolute http(s) URL");
            }
            return;
        }
        if (!"https".equals(uri.getScheme())) {
            throw invalid(field, "must be an absolute https:// URL");
        }
        if (publicOnly && isInternal(uri.getHost())) {
            throw invalid(field, "must not point at a loopback, link-local or private address");
        }
    }

    private static URI parse(String field, String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null) {
                throw invalid(field, "must be an absolute URL with a host and no credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(field, "is not a valid URL");
        }
    }

    static boolean isInternal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal")) {
            return true;
        }
        if (!IP_LITERAL.matcher(name).matches()) {
            return false;
        }
        try {
            return isInternal(InetAddress.getByName(name));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** The hub's own network: what a notification is never delivered to unless private URLs are allowed. */
    public static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address);
    }

    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    private static HubException invalid(String field, String problem) {
        return new HubException(ProblemCode.INVALID_URL, field + " " + problem, Map.of("field", field));
    }
}
