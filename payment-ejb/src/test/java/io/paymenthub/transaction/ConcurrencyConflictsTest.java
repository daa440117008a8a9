package io.paymenthub.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConcurrencyConflictsTest {

    @Test
    void optimistic_lock_failures_and_serialization_errors_are_conflicts_however_wrapped() {
        assertThat(ConcurrencyConflicts.isConflict(new OptimisticLockException())).isTrue();
        assertThat(ConcurrencyConflicts.isConflict(new RuntimeException(new OptimisticLockException()))).isTrue();
        assertThat(ConcurrencyConflicts.isConflict(
                new PersistenceException(new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(ConcurrencyConflicts.isConflict(
                new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00")))).isTrue();
    }

    @Test
    void other_failures_are_not_retried() {
        assertThat(ConcurrencyConflicts.isConflict(new IllegalStateException("boom"))).isFalse();
        assertThat(ConcurrencyConflicts.isConflict(
                new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void a_unique_violation_is_recognised_however_deep_the_persistence_layers_wrap_it() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException atFlush = new PersistenceException(
                new ConstraintViolationException("could not execute batch", duplicate, "idempotency_key_unique"));

        assertThat(ConcurrencyConflicts.isUniqueViolation(atFlush)).isTrue();
        assertThat(ConcurrencyConflicts.isUniqueViolation(new IllegalStateException("rolled back", atFlush))).isTrue();
    }

    @Test
    void other_failures_are_not_a_unique_violation() {
        SQLException notNull = new SQLException("null value in column", "23502");

        assertThat(ConcurrencyConflicts.isUniqueViolation(new PersistenceException(notNull))).isFalse();
        assertThat(ConcurrencyConflicts.isUniqueViolation(new IllegalStateException("no database at all"))).isFalse();
    }
}
