package io.paymenthub.bench;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The load generator's HTTP: one pool of keep-alive connections, as many as the load's concurrency; no retries,
 * redirects, cookies or compression, so every request measured is exactly one exchange.
 */
final class HttpLoad implements Closeable {

    /** An answer: its status and body. */
    record Reply(int status, String body) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final CloseableHttpClient client;

    HttpLoad(int connections) {
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
    }

    Reply get(String url, String... headers) throws IOException {
        return send(new HttpGet(url), headers);
    }

    Reply post(String url, byte[] json, String... headers) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        return send(post, headers);
    }

    private Reply send(ClassicHttpRequest request, String... headers) throws IOException {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return client.execute(request, response -> new Reply(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
