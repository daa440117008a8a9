package io.paymenthub.gateway.http;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client the hub calls its gateways with; merchants' notify URLs go through the notification sender's. */
public final class OutboundHttp {

    private OutboundHttp() {
    }

    /**
     * HTTP/1.1, no redirects followed, and its work done on the threads that use it: the caller's, which waits for
     * the answer anyway, and the client's selector. The client's default executor would hand every exchange over to
     * a pool thread and back — measured on loopback, 362 µs of CPU per exchange against 199 µs without. HTTP/1.1 keeps
     * each exchange to one pooled connection; no HTTP/2 frames are multiplexed on the selector's thread.
     */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Runnable::run)
                .build();
    }
}
