package io.paymenthub.problem;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A refusal the caller should see as an RFC 9457 problem: a {@link ProblemCode} and a detail that is safe
 * to show (no secrets, no internals). {@code extensions} add fields such as the payment id.
 */
@ApplicationException(rollback = true)
public class HubException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemCode code;
    private final transient Map<String, Object> extensions;

    public HubException(ProblemCode code, String detail) {
        this(code, detail, Map.of());
    }

    public HubException(ProblemCode code, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public static HubException notFound(String what) {
        return new HubException(ProblemCode.NOT_FOUND, what + " not found");
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
