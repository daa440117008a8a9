package io.paymenthub.notification.control;

import io.paymenthub.config.HubSettings;
import io.paymenthub.gateway.http.OutboundHttp;
import io.paymenthub.notification.Notification;
import io.paymenthub.payment.control.UrlPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * POSTs one notification to the merchant, signed, with a connect and a read timeout; no transaction is held
 * meanwhile. The host is resolved first and a loopback, link-local or private address refused (unless
 * {@code PAYMENT_NOTIFY_ALLOW_PRIVATE=true}), so a notify URL cannot reach into the hub's network.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    @Inject
    NotificationSettings settings;

    @Inject
    HubSettings hub;

    @Inject
    Clock clock;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = OutboundHttp.client(settings.timeout());
        if (settings.secret().isEmpty()) {
            LOG.warn("PAYMENT_NOTIFY_SECRET is not set: merchant notifications are sent without Payment-Signature");
        }
    }

    public DeliveryResult deliver(Notification notification) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(notification.url());
            if (!hub.allowPrivateUrls() && (!"https".equals(uri.getScheme()) || resolvesInternally(uri.getHost()))) {
                return new DeliveryResult(null, "refused: the notify URL is not https or resolves to an internal address",
                        elapsed(started));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "PaymentHub-Notifications/1")
                    .POST(HttpRequest.BodyPublishers.ofString(notification.payload(), StandardCharsets.UTF_8));
            settings.secret().ifPresent(secret -> request.header("Payment-Signature",
                    PaymentSignature.header(secret, clock.instant().getEpochSecond(), notification.payload())));
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new DeliveryResult(response.statusCode(), null, elapsed(started));
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryResult(null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult(null, "interrupted", elapsed(started));
        }
    }

    private static boolean resolvesInternally(String host) throws IOException {
        return host == null || Arrays.stream(InetAddress.getAllByName(host)).anyMatch(UrlPolicy::isInternal);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
