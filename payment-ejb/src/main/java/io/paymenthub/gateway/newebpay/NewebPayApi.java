package io.paymenthub.gateway.newebpay;

import io.paymenthub.gateway.http.OutboundHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A form POST to one of NewebPay's server-to-server APIs. A timeout, a refused connection or an answer that is not
 * 2xx gives no body: what became of the request is then not known, and the caller says so, never "failed".
 */
@ApplicationScoped
public class NewebPayApi {

    private static final Logger LOG = Logger.getLogger(NewebPayApi.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private HttpClient http;

    @PostConstruct
    void init() {
        http = OutboundHttp.client(CONNECT_TIMEOUT);
    }

    /** The answer's body, or null when there is none to read; {@code api} names the call in the log. */
    String post(String url, String form, String api) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(READ_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warnf("NewebPay %s answered HTTP %d", api, response.statusCode());
                return null;
            }
            return response.body();
        } catch (IOException e) {
            LOG.warnf("NewebPay %s unreachable: %s", api, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
