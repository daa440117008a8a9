package io.paymenthub.notification.control;

import io.paymenthub.config.HubSettings;
import io.paymenthub.network.InternalAddresses;
import io.paymenthub.notification.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.jboss.logging.Logger;

/**
 * POSTs one notification to the merchant, signed with the app's active secrets at this attempt, within
 * {@code PAYMENT_NOTIFY_TIMEOUT_MS} for the whole exchange; no transaction is held meanwhile. The host is resolved
 * once, every address it has is checked ({@link InternalAddresses}: the hub's own network and other non-public
 * ranges are refused, unless {@code PAYMENT_NOTIFY_ALLOW_PRIVATE=true} or the URL is an exact
 * {@code PAYMENT_NOTIFY_ALLOWED_TARGETS} entry), and the connection goes to a checked address ({@link PinnedPost}),
 * so no second DNS answer can lead it elsewhere. What the merchant sees of a failure is a status or a short reason.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    static final String REFUSED = "refused: the notify URL must be https to a public address";

    @Inject
    NotificationSettings settings;

    @Inject
    HubSettings hub;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService watchdog;

    @PostConstruct
    void start() {
        if (settings.secrets().someUnsigned()) {
            LOG.warn("PAYMENT_NOTIFY_SECRET is not set: notifications of apps without a PAYMENT_NOTIFY_SECRETS entry"
                    + " are sent without signatures");
        }
    }

    public DeliveryResult deliver(Notification notification) {
        long started = System.nanoTime();
        long deadline = started + settings.timeout().toNanos();
        try {
            URI uri = URI.create(notification.url());
            Optional<List<InetAddress>> addresses = checkedAddresses(uri);
            if (addresses.isEmpty()) {
                return new DeliveryResult(null, REFUSED, elapsed(started));
            }
            byte[] body = notification.payload().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = headers(notification);
            PinnedPost.Failure failure = null;
            for (InetAddress address : addresses.get()) {
                try {
                    int status = PinnedPost.post(uri, address, headers, body, deadline, watchdog,
                            (SSLSocketFactory) SSLSocketFactory.getDefault());
                    return new DeliveryResult(status, null, elapsed(started));
                } catch (PinnedPost.Failure e) {
                    LOG.debugf("Notification %s: %s (%s)", notification.id(), e.getMessage(), e.getCause());
                    failure = e;
                    if (!e.notConnected()) {
                        break; // only a connection that failed is tried at the host's next address
                    }
                }
            }
            return new DeliveryResult(null, failure.getMessage(), elapsed(started));
        } catch (UnknownHostException e) {
            return new DeliveryResult(null, "unknown host", elapsed(started));
        } catch (IllegalArgumentException e) {
            return new DeliveryResult(null, "invalid notify URL", elapsed(started));
        }
    }

    /** The addresses the delivery may connect to, in the resolver's order; empty when the URL is refused. */
    private Optional<List<InetAddress>> checkedAddresses(URI uri) throws UnknownHostException {
        String host = uri.getHost();
        if (host == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return Optional.empty();
        }
        if (hub.notifyAllowedTargets().allows(uri)) {
            return InternalAddresses.literal(host).map(List::of);
        }
        if (!hub.allowPrivateUrls() && !"https".equals(uri.getScheme())) {
            return Optional.empty();
        }
        Optional<InetAddress> literal = InternalAddresses.literal(host);
        List<InetAddress> resolved = literal.isPresent() ? List.of(literal.get())
                : Arrays.asList(InetAddress.getAllByName(host));
        if (!hub.allowPrivateUrls() && resolved.stream().anyMatch(InternalAddresses::isRefused)) {
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** {@code Payment-Signature} and the Standard Webhooks headers, both over this attempt's timestamp. */
    private Map<String, String> headers(Notification notification) {
        long now = clock.instant().getEpochSecond();
        List<String> secrets = settings.secrets().of(notification.appId());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "PaymentHub-Notifications/1");
        headers.put("webhook-id", notification.id());
        headers.put("webhook-timestamp", Long.toString(now));
        if (!secrets.isEmpty()) {
            headers.put("webhook-signature",
                    StandardWebhookSignature.header(secrets, notification.id(), now, notification.payload()));
            headers.put("Payment-Signature", PaymentSignature.header(secrets, now, notification.payload()));
        }
        return headers;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
