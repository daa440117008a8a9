package io.paymenthub.gateway.begateway;

import io.paymenthub.gateway.http.GatewayUnreachable;
import io.paymenthub.config.HubUrls;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Asks BeGateway, server to server, what became of a payment: by its checkout token
 * ({@code GET {checkout}/ctp/api/checkouts/{token}}), or by the transaction's uid
 * ({@code GET {gateway}/transactions/{uid}}). Anything but a readable 2xx is "not known".
 */
@ApplicationScoped
public class StatusQueries {

    @Inject
    BeGatewayConfig config;

    @Inject
    BeGatewayClient client;

    @Inject
    CheckoutPaths paths;

    /** By checkout token first; when that tells nothing and the transaction's uid is known, by uid. */
    public StatusReport of(PaymentSnapshot payment) {
        StatusReport report = byCheckoutToken(payment);
        return report.isKnown() || payment.gatewayUid() == null ? report : byUid(payment);
    }

    public StatusReport byCheckoutToken(PaymentSnapshot payment) {
        PaymentLookup lookup = PaymentLookup.byToken(payment.token());
        if (payment.gatewayReference() == null) {
            return StatusReport.unknown(lookup, "no BeGateway checkout token");
        }
        return ask(config.apiBaseUrl() + paths.current() + "/" + HubUrls.encode(payment.gatewayReference()), lookup,
                json -> CheckoutStatusReport.of(json, lookup));
    }

    public StatusReport byUid(PaymentSnapshot payment) {
        PaymentLookup lookup = PaymentLookup.byToken(payment.token());
        return ask(config.gatewayBaseUrl() + "/transactions/" + HubUrls.encode(payment.gatewayUid()), lookup, json -> {
            StatusReport report = TransactionReport.of(json);
            return new StatusReport(lookup, report.status(), report.amount(), report.gatewayUid(), report.card(),
                    report.detail(), report.captured());
        });
    }

    private StatusReport ask(String url, PaymentLookup lookup, java.util.function.Function<JsonObject, StatusReport> read) {
        try {
            BeGatewayClient.Answer answer = client.get(url);
            if (!answer.isSuccess() || answer.json() == null) {
                return StatusReport.unknown(lookup, "begateway status query: HTTP " + answer.status());
            }
            return read.apply(answer.json());
        } catch (GatewayUnreachable e) {
            return StatusReport.unknown(lookup, "begateway status query: " + e.getMessage());
        } catch (IllegalArgumentException | ArithmeticException | ClassCastException e) {
            return StatusReport.unknown(lookup, "begateway status query unreadable: " + e.getMessage());
        }
    }
}
