package io.paymenthub.gateway.epayment;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.card.SavedCard;
import io.paymenthub.card.SavedCards;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A payment with a card the customer saved (seed 004 "pay with saved card"): the merchant names the hub's saved
 * card in {@code metadata.savedCard}, which must be one of the payment's customer's (checked before anything is
 * stored); the hub sends {@code POST /payments/cards/auth} with the invoice's payment token,
 * {@code paymentType: "cardId"} and the account the card was saved under. The payer is sent to the hub's result
 * page; the postLink (or check-status) decides the outcome, as for the widget. A timeout leaves the payment
 * pending, not lost: the invoice is the payment's reference, so the postLink or the reconciliation poll finds it.
 */
@ApplicationScoped
public class SavedCardPayments {

    static final String METADATA_KEY = "savedCard";
    private static final Logger LOG = Logger.getLogger(SavedCardPayments.class);

    @Inject
    EpaymentClient client;

    @Inject
    EpaymentConfig config;

    @Inject
    SavedCards cards;

    @Inject
    HubUrls urls;

    static Optional<String> requested(PaymentSnapshot payment) {
        return Optional.ofNullable(payment.metadata()).map(m -> m.get(METADATA_KEY)).filter(id -> !id.isBlank());
    }

    /**
     * Refuses, before anything is stored or sent, a payment naming a card that is not one of its customer's
     * (another customer's, another app's, another gateway's, or none): the same answer for each, so it tells nothing.
     */
    void validate(PaymentSnapshot payment) {
        Optional<String> requested = requested(payment);
        if (requested.isEmpty()) {
            return;
        }
        if (payment.customerId() == null) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "metadata.savedCard needs the payment's customer");
        }
        if (card(payment, requested.get()).isEmpty()) {
            throw new HubException(ProblemCode.INVALID_REQUEST,
                    "metadata.savedCard is not one of this customer's epayment.kz cards");
        }
    }

    private Optional<SavedCard> card(PaymentSnapshot payment, String savedCardId) {
        return cards.owned(payment.appId(), payment.customerId(), EpaymentGateway.NAME, savedCardId);
    }

    CheckoutResult pay(PaymentSnapshot payment, String invoiceId, String paymentToken, String savedCardId) {
        Optional<SavedCard> card = card(payment, savedCardId);
        if (card.isEmpty()) {
            return CheckoutResult.refused("the saved card is not one of this customer's epayment.kz cards");
        }
        String back = urls.returnTo(EpaymentGateway.NAME, payment.token());
        String postLink = urls.callback(EpaymentGateway.NAME);
        JsonObject body = JSON.createObjectBuilder()
                .add("amount", payment.amount().toMajorUnits())
                .add("currency", payment.amount().currency())
                .add("name", payment.customerId())
                .add("terminalId", config.terminal())
                .add("invoiceId", invoiceId)
                .add("description", payment.description() == null ? "" : payment.description())
                .add("accountId", card.get().gatewayAccountId())
                .add("email", payment.customerEmail() == null ? "" : payment.customerEmail())
                .add("backLink", back).add("failureBackLink", back)
                .add("postLink", postLink).add("failurePostLink", postLink)
                .add("language", "rus")
                .add("paymentType", "cardId")
                .add("cardId", JSON.createObjectBuilder().add("id", card.get().gatewayCardId()))
                .build();
        Checkout resultPage = Checkout.redirect(urls.page(HubUrls.encode(payment.token()) + "/result"));
        try {
            EpaymentClient.Answer answer = client.cardPayment(paymentToken, body);
            if (!answer.isSuccess() && !answer.isUnknownOutcome()) {
                return CheckoutResult.refused("epayment.kz refused the saved-card payment: " + answer.error());
            }
            if (answer.isUnknownOutcome()) {
                LOG.warnf("epayment.kz saved-card payment for invoice %s: %s; left to the postLink", invoiceId,
                        answer.error());
            }
        } catch (GatewayUnreachable e) {
            LOG.warnf("epayment.kz saved-card payment for invoice %s unreachable (%s); left to the postLink",
                    invoiceId, e.getMessage());
        }
        return CheckoutResult.opened(resultPage, null, invoiceId);
    }
}
