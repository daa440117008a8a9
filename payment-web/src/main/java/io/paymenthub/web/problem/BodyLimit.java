package io.paymenthub.web.problem;

import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.security.MerchantApi;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The size limits of request bodies, answered {@code 413} problem {@code payload_too_large}: at once when the
 * {@code Content-Length} says so, else when reading passes the limit. Every body: {@value #MAX_BYTES} bytes (a
 * gateway's callback is kept whole in a column of as many characters). A merchant's: {@value #MERCHANT_MAX_BYTES}
 * bytes, far above the largest valid one (about 30 KB: fifty metadata entries at their longest). Undertow's
 * {@code max-post-size} (10 MiB) stays the outer bound.
 */
public final class BodyLimit {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MERCHANT_MAX_BYTES = 64 * 1024;

    private BodyLimit() {
    }

    /** Every request's body. */
    @Provider
    @PreMatching
    @Priority(2)
    public static class Everywhere implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            limit(request, MAX_BYTES);
        }
    }

    /** A merchant's request body, once the caller is known (an unknown caller gets its 401 first). */
    @Provider
    @MerchantApi
    @Priority(Priorities.AUTHENTICATION + 1)
    public static class Merchant implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            limit(request, MERCHANT_MAX_BYTES);
        }
    }

    private static void limit(ContainerRequestContext request, int maxBytes) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(request.getUriInfo().getPath(), maxBytes));
        } else if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    /** The {@code 413} problem when {@code e} comes from a body over a limit (one of these or the server's), else null. */
    static Response problemIfTooLarge(Throwable e, String path) {
        // Undertow's own is named, not linked: the web module compiles against the Jakarta APIs only
        Throwable cause = Problems.causeOf(e, c -> c instanceof TooLarge
                || c.getClass().getSimpleName().equals("RequestTooBigException"));
        if (cause == null) {
            return null;
        }
        return tooLarge(path, cause instanceof TooLarge tooLarge ? tooLarge.maxBytes : -1);
    }

    private static Response tooLarge(String path, int maxBytes) {
        return Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, maxBytes < 0 ? "The body is over the size limit"
                : "The body is over the size limit of " + maxBytes + " bytes", path, Map.of());
    }

    /** Thrown by a body's stream once more than its limit has been read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int maxBytes;

        TooLarge(int maxBytes) {
            super("Request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    /** A body, counted as it is read. */
    private static final class Limited extends FilterInputStream {
        private final int maxBytes;
        private long read;

        Limited(InputStream in, int maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
    }
}
