package io.paymenthub.gateway.begateway;

import io.paymenthub.config.LifetimeSettings;
import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Asks BeGateway for a checkout token, trying the checkout paths in turn (a 404 or 405 means "not here").
 * An answer without a token is a refusal; a 5xx, a timeout or an unreadable answer is "not known".
 */
@ApplicationScoped
public class CheckoutOpener {

    private static final Logger LOG = Logger.getLogger(CheckoutOpener.class);

    @Inject
    BeGatewayConfig config;

    @Inject
    BeGatewayClient client;

    @Inject
    CheckoutPaths paths;

    @Inject
    LifetimeSettings lifetimes;

    public Outcome open(PaymentSnapshot payment, String returnUrl, String notificationUrl) {
        JsonObject body = CheckoutRequest.of(payment, returnUrl, notificationUrl,
                lifetimes.lifetimes().checkoutExpiresAt(payment.createdAt()));
        BeGatewayClient.Answer answer = null;
        for (String path : paths.candidates()) {
            try {
                answer = client.post(config.apiBaseUrl() + path, body);
            } catch (GatewayUnreachable e) {
                return Outcome.unknown("checkout: " + e.getMessage());
            }
            if (!CheckoutPaths.isWrongPath(answer.status())) {
                paths.worked(path);
                break;
            }
            LOG.warnf("BeGateway checkout path %s answered %d; trying the next one", path, answer.status());
        }
        if (answer.isUnknownOutcome()) {
            return Outcome.unknown("checkout: HTTP " + answer.status());
        }
        Optional<CheckoutAnswer> opened = answer.isSuccess() ? CheckoutAnswer.of(answer.json()) : Optional.empty();
        if (opened.isEmpty()) {
            return Outcome.refused("HTTP " + answer.status() + ": " + CheckoutAnswer.errorMessage(answer.json()));
        }
        return Outcome.opened(opened.get());
    }

    /** Opened with a token, refused (with the gateway's words), or unknown. */
    public record Outcome(CheckoutAnswer answer, String refusal, String unknown) {

        static Outcome opened(CheckoutAnswer answer) {
            return new Outcome(answer, null, null);
        }

        static Outcome refused(String why) {
            return new Outcome(null, why, null);
        }

        static Outcome unknown(String why) {
            return new Outcome(null, null, why);
        }

        public <T> T map(Function<CheckoutAnswer, T> ifOpened, Function<String, T> ifRefused,
                         Function<String, T> ifUnknown) {
            return answer != null ? ifOpened.apply(answer) : refusal != null ? ifRefused.apply(refusal)
                    : ifUnknown.apply(unknown);
        }
    }
}
