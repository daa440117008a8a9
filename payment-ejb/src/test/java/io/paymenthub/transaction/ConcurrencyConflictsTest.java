package io.paymenthub.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
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
}
