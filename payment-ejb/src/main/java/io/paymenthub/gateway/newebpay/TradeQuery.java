package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.http.OutboundHttp;
import io.paymenthub.gateway.spi.PaymentLookup;
import io.paymenthub.gateway.spi.PaymentSnapshot;
import io.paymenthub.gateway.spi.StatusReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code POST /API/QueryTradeInfo} (version 1.3): what NewebPay knows of an order, server to server. The request
 * carries {@code CheckValue}; the answer's {@code CheckCode} is verified before it is believed. A timeout, a
 * 5xx, an unreadable or unverified answer is "not known", never a failure.
 */
@ApplicationScoped
public class TradeQuery {

    private static final Logger LOG = Logger.getLogger(TradeQuery.class);
    private static final Logger SECURITY = Logger.getLogger("io.paymenthub.security");
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    NewebPayConfig config;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = OutboundHttp.client(CONNECT_TIMEOUT);
    }

    public StatusReport query(PaymentSnapshot payment) {
        String orderNo = payment.gatewayReference() != null ? payment.gatewayReference()
                : MpgTradeInfo.merchantOrderNo(payment.id());
        return query(orderNo, TwdAmount.toAmt(payment.amount()));
    }

    /** What NewebPay knows of order {@code orderNo} of {@code amt} whole dollars. */
    StatusReport query(String orderNo, long amt) {
        PaymentLookup lookup = new PaymentLookup(null, null, orderNo, null);
        NewebPayCrypto crypto = config.crypto();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MerchantID", config.merchantId());
        form.put("Version", "1.3");
        form.put("RespondType", "JSON");
        form.put("CheckValue", crypto.checkValue(amt, config.merchantId(), orderNo));
        form.put("TimeStamp", Long.toString(clock.instant().getEpochSecond()));
        form.put("MerchantOrderNo", orderNo);
        form.put("Amt", Long.toString(amt));
        String answer = post(FormEncoding.encode(form));
        if (answer == null) {
            return StatusReport.unknown(lookup, "newebpay query: no answer");
        }
        return read(answer, lookup);
    }

    private StatusReport read(String answer, PaymentLookup lookup) {
        TradeResult trade;
        try {
            trade = TradeResults.parse(answer);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Unreadable NewebPay query answer for %s: %s", lookup.gatewayReference(), e.getMessage());
            return StatusReport.unknown(lookup, "newebpay query: unreadable answer");
        }
        if (!trade.isSuccess()) {
            return StatusReport.unknown(lookup, "newebpay query: " + trade.status() + " " + trade.message());
        }
        if (!isAuthentic(trade, lookup)) {
            SECURITY.warnf("NewebPay query answer for %s refused: wrong CheckCode or another order",
                    lookup.gatewayReference());
            return StatusReport.unknown(lookup, "newebpay query: answer not verified");
        }
        try {
            return trade.queried();
        } catch (IllegalArgumentException e) {
            return StatusReport.unknown(lookup, "newebpay query: " + e.getMessage());
        }
    }

    private boolean isAuthentic(TradeResult trade, PaymentLookup lookup) {
        if (trade.checkCode() == null || trade.amt() == null || trade.tradeNo() == null
                || !lookup.gatewayReference().equals(trade.merchantOrderNo())
                || !config.merchantId().equals(trade.merchantId())) {
            return false;
        }
        String expected = config.crypto().checkCode(trade.amt(), trade.merchantId(), trade.merchantOrderNo(),
                trade.tradeNo());
        return NewebPayCrypto.constantTimeEquals(expected, trade.checkCode().toUpperCase(Locale.ROOT));
    }

    /** The answer's body, or null when there is none to read (timeout, connection refused, not 2xx). */
    private String post(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.queryUrl()))
                .timeout(READ_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warnf("NewebPay QueryTradeInfo answered HTTP %d", response.statusCode());
                return null;
            }
            return response.body();
        } catch (IOException e) {
            LOG.warnf("NewebPay QueryTradeInfo unreachable: %s", e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
