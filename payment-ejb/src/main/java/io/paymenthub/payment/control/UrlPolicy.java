package io.paymenthub.payment.control;

import io.paymenthub.config.HubSettings;
import io.paymenthub.network.InternalAddresses;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The merchant's {@code returnUrl} and {@code notifyUrl}: absolute https URLs, and a notify URL never aimed at
 * the hub's own network or another non-public range ({@link InternalAddresses}), which would let a merchant make
 * the hub call its neighbours. An exact {@code ip:port} of {@code PAYMENT_NOTIFY_ALLOWED_TARGETS} is allowed,
 * over http too; {@code PAYMENT_NOTIFY_ALLOW_PRIVATE=true} lifts both rules for development. Host names are
 * checked here as written; the sender checks the address it resolves when it delivers, and connects to that one.
 */
@ApplicationScoped
public class UrlPolicy {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[.*]");

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
        if (publicOnly && settings.notifyAllowedTargets().allows(uri)
                && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
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
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal")) {
            return true;
        }
        boolean literal = IP_LITERAL.matcher(name).matches();
        return literal && InternalAddresses.literal(name).map(InternalAddresses::isRefused).orElse(true);
    }

    private static HubException invalid(String field, String problem) {
        return new HubException(ProblemCode.INVALID_URL, field + " " + problem, Map.of("field", field));
    }
}
