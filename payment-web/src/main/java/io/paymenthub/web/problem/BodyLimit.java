package io.paymenthub.web.problem;

import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.security.MerchantApi;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The size limit of a merchant's request body: {@value #MAX_BYTES} bytes, far above the largest valid one (about
 * 30 KB: fifty metadata entries at their longest). A larger body is answered {@code 413} problem
 * {@code payload_too_large} — at once when its {@code Content-Length} says so, else when reading passes the
 * limit. Other bodies (gateways' callbacks) keep the server's own limit (Undertow's {@code max-post-size}, 1 MiB),
 * answered the same way.
 */
@Provider
@MerchantApi
@Priority(Priorities.AUTHENTICATION + 1)
public class BodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge(request.getUriInfo().getPath()));
        } else if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    /** The {@code 413} problem when {@code e} comes from a body over a limit (this one or the server's), else null. */
    static Response problemIfTooLarge(Throwable e, String path) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Undertow's own, thrown when a body passes max-post-size; named, not linked: the web module
            // compiles against the Jakarta APIs only
            if (cause instanceof TooLarge || cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                return tooLarge(path);
            }
        }
        return null;
    }

    private static Response tooLarge(String path) {
        return Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, "The body is over the size limit", path, Map.of());
    }

    /** Thrown by the body's stream once more than the limit has been read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("Request body over " + MAX_BYTES + " bytes");
        }
    }

    /** The body, counted as it is read. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
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
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
