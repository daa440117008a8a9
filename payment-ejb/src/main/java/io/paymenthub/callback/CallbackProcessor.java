package io.paymenthub.callback;

import io.paymenthub.gateway.GatewayRegistry;
import io.paymenthub.gateway.spi.CallbackParseException;
import io.paymenthub.gateway.spi.CallbackRejectedException;
import io.paymenthub.gateway.spi.CallbackRequest;
import io.paymenthub.gateway.spi.GatewayAdapter;
import io.paymenthub.gateway.spi.PayoutReport;
import io.paymenthub.gateway.spi.StatusReport;
import io.paymenthub.metrics.HubMetrics;
import io.paymenthub.payment.EventSource;
import io.paymenthub.payment.control.ReportResult;
import io.paymenthub.payment.control.GatewayReports;
import io.paymenthub.payout.Payout;
import io.paymenthub.payout.control.PayoutSettling;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import io.paymenthub.transaction.SharedTransactions;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A gateway's callback, the same way for every gateway: the adapter verifies it over the raw bytes and parses
 * it; the hub applies it, in a transaction shared with concurrent callbacks. Refused authentication is a
 * security event and changes nothing.
 */
@ApplicationScoped
public class CallbackProcessor {

    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");

    @Inject
    GatewayRegistry gateways;

    @Inject
    GatewayReports reports;

    @Inject
    SharedTransactions shared;

    @Inject
    HubMetrics metrics;

    @Inject
    PayoutSettling payouts;

    /**
     * @throws HubException {@code signature_invalid} (401), {@code invalid_request} (400), {@code not_found}
     *                      (404), {@code method_not_allowed} (405, a method the gateway does not call with),
     *                      {@code amount_mismatch} (409), as docs/api.md answers them
     */
    public ReportResult process(String gateway, CallbackRequest callback, String remoteAddress) {
        return metered(gateway, () -> {
            ReportResult result = apply(verified(gateway, callback, remoteAddress), gateway, callback, remoteAddress);
            metrics.callback(gateway, result.transition().outcome().name().toLowerCase(java.util.Locale.ROOT));
            return result;
        });
    }

    /**
     * As {@link #process}, for a callback that may also be about a payout (BeGateway's credit webhooks): settled by
     * the payout's one rule ({@link PayoutSettling}); {@code not_found} (404) for a payout this gateway never sent.
     */
    public CallbackAnswer receive(String gateway, CallbackRequest callback, String remoteAddress) {
        return metered(gateway, () -> {
            GatewayAdapter adapter = verified(gateway, callback, remoteAddress);
            Optional<PayoutReport> payout = read(() -> adapter.parsePayoutCallback(callback), gateway, remoteAddress);
            if (payout.isEmpty()) {
                ReportResult result = apply(adapter, gateway, callback, remoteAddress);
                metrics.callback(gateway, result.transition().outcome().name().toLowerCase(java.util.Locale.ROOT));
                return CallbackAnswer.of(result);
            }
            Payout settled = payouts.reported(gateway, payout.get().payoutId(), payout.get().result())
                    .orElseThrow(() -> HubException.notFound("Payout " + payout.get().payoutId()));
            metrics.callback(gateway, "payout");
            return CallbackAnswer.of(settled);
        });
    }

    private <T> T metered(String gateway, Supplier<T> work) {
        try {
            return work.get();
        } catch (HubException e) {
            metrics.callback(gateways.isEnabled(gateway) ? gateway : "unknown", e.code().wireName());
            throw e;
        }
    }

    private GatewayAdapter verified(String gateway, CallbackRequest callback, String remoteAddress) {
        if (!gateways.isEnabled(gateway)) {
            throw HubException.notFound("Gateway " + gateway);
        }
        GatewayAdapter adapter = gateways.adapter(gateway);
        if (!adapter.callbackMethods().contains(callback.method())) {
            throw new HubException(ProblemCode.METHOD_NOT_ALLOWED, "This gateway's callbacks come as "
                    + String.join(", ", new TreeSet<>(adapter.callbackMethods())));
        }
        read(() -> {
            adapter.verifyCallback(callback);
            return null;
        }, gateway, remoteAddress);
        return adapter;
    }

    /** Runs an adapter's verification or parsing: its refusals become the hub's 401 or 400. */
    private <T> T read(Supplier<T> step, String gateway, String remoteAddress) {
        try {
            return step.get();
        } catch (EJBException e) {
            throw unwrap(e, gateway, remoteAddress);
        } catch (CallbackRejectedException | CallbackParseException e) {
            throw refusal(e, gateway, remoteAddress);
        }
    }

    private ReportResult apply(GatewayAdapter adapter, String gateway, CallbackRequest callback,
                               String remoteAddress) {
        StatusReport report = read(() -> adapter.parseCallback(callback), gateway, remoteAddress);
        if (report.lookup() == null || report.lookup().isEmpty()) {
            throw new HubException(ProblemCode.INVALID_REQUEST, "The callback names no payment");
        }
        return shared.run(reports.shareable(gateway, report, EventSource.CALLBACK, callback.bodyText()));
    }

    private RuntimeException unwrap(EJBException e, String gateway, String remoteAddress) {
        Throwable cause = e.getCause();
        if (cause instanceof CallbackRejectedException || cause instanceof CallbackParseException) {
            return refusal((RuntimeException) cause, gateway, remoteAddress);
        }
        return e;
    }

    private static HubException refusal(RuntimeException e, String gateway, String remoteAddress) {
        if (e instanceof CallbackRejectedException) {
            SECURITY.warnf("Refused %s callback from %s: %s", gateway, remoteAddress, e.getMessage());
            return new HubException(ProblemCode.SIGNATURE_INVALID, "The callback's authentication failed");
        }
        return new HubException(ProblemCode.INVALID_REQUEST, "The callback cannot be read: " + e.getMessage());
    }
}
