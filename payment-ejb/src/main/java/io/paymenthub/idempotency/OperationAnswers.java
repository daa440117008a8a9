package io.paymenthub.idempotency;

import java.util.Optional;

/**
 * The answer a key's request would have given, for a key whose request reserved a gateway operation and then died
 * or failed before it answered: known once the operation is settled (by the janitor), empty while it is not — the
 * key stays in progress meanwhile.
 */
@FunctionalInterface
public interface OperationAnswers {

    /** For keys whose requests reserve no gateway operation. */
    OperationAnswers NONE = operation -> Optional.empty();

    Optional<StoredResponse> settled(String operation);
}
