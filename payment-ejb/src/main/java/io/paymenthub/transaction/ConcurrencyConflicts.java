package io.paymenthub.transaction;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/** Recognises the exceptions that mean "another transaction changed this row first: try again". */
public final class ConcurrencyConflicts {

    /** Serialization failure, deadlock (PostgreSQL); lock timeout, concurrent update, deadlock (H2). */
    private static final Set<String> CONFLICT_SQL_STATES = Set.of("40001", "40P01", "HYT00", "90131", "40000");
    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");

    private ConcurrencyConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return hasSqlState(failure, CONFLICT_SQL_STATES);
    }

    /**
     * A unique violation (SQL state 23505 in PostgreSQL and H2): another transaction inserted the same key first —
     * not a conflict to retry, the caller decides what the taken key means.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION);
    }

    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
