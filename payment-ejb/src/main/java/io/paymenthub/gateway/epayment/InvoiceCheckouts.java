package io.paymenthub.gateway.epayment;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.Checkout;
import io.paymenthub.gateway.spi.CheckoutResult;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Opens a payment's checkout: numbers its invoice, obtains the invoice's payment token and describes the
 * {@code halyk.pay({...})} call that {@code /pay/{token}} makes with it (the token object as {@code auth}).
 * Back links go through the hub's return endpoint; postLink and failurePostLink are the hub's callback. A payment
 * naming a saved card is paid server to server instead ({@link SavedCardPayments}).
 */
@ApplicationScoped
public class InvoiceCheckouts {

    private static final Logger LOG = Logger.getLogger(InvoiceCheckouts.class);

    @Inject
    EpaymentConfig config;

    @Inject
    EpaymentClient client;

    @Inject
    Invoices invoices;

    @Inject
    HubUrls urls;

    @Inject
    SavedCardPayments savedCards;

    CheckoutResult open(PaymentSnapshot payment) {
        String invoiceId = invoices.invoiceFor(payment.id());
        String amount = Amounts.decimal(payment.amount());
        String postLink = urls.callback(EpaymentGateway.NAME);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("invoiceID", invoiceId);
        form.put("amount", amount);
        form.put("currency", payment.amount().currency());
        form.put("postLink", postLink);
        form.put("failurePostLink", postLink);
        form.put("secret_hash", config.secretHash().of(invoiceId));
        EpaymentClient.Answer answer;
        try {
            answer = client.paymentToken(form);
        } catch (GatewayUnreachable e) {
            LOG.warnf("epayment.kz token for invoice %s unreachable: %s", invoiceId, e.getMessage());
            return CheckoutResult.unreachable("epayment.kz unreachable (" + e.getMessage() + ")");
        }
        if (answer.isUnknownOutcome()) {
            return CheckoutResult.unreachable("epayment.kz token: HTTP " + answer.status());
        }
        if (!answer.isSuccess() || Json.text(answer.json(), "access_token") == null) {
            LOG.warnf("epayment.kz refused the token for invoice %s: HTTP %d", invoiceId, answer.status());
            return CheckoutResult.refused("epayment.kz refused the payment token (HTTP " + answer.status() + ")");
        }
        var savedCard = SavedCardPayments.requested(payment);
        if (savedCard.isPresent()) {
            return savedCards.pay(payment, invoiceId, Json.text(answer.json(), "access_token"), savedCard.get());
        }
        String back = urls.returnTo(EpaymentGateway.NAME, payment.token());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("widgetFunction", "halyk.pay");
        options.put("tokenOption", "auth");
        options.put("tokenFormat", "json");
        options.put("jsonOptions", "amount,cardSave");
        options.put("invoiceId", invoiceId);
        options.put("amount", amount);
        options.put("currency", payment.amount().currency());
        options.put("terminal", config.terminal());
        options.put("backLink", back);
        options.put("failureBackLink", back);
        options.put("postLink", postLink);
        options.put("failurePostLink", postLink);
        options.put("language", "rus");
        options.put("description", payment.description() == null ? "" : payment.description());
        if (payment.customerId() != null) {
            // Halyk's widget offers the cards saved for accountId, and saves the new one (reported as cardID).
            options.put("accountId", config.accountIds().of(payment.appId(), payment.customerId()));
            options.put("cardSave", "true");
        }
        if (payment.customerEmail() != null) {
            options.put("email", payment.customerEmail());
        }
        Checkout widget = Checkout.widget(answer.json().toString(), config.widgetUrl(),
                urls.page(HubUrls.encode(payment.token()) + "/result"), options);
        return CheckoutResult.opened(widget, null, invoiceId);
    }
}
