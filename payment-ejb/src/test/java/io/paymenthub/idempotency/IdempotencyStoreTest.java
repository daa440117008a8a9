package io.paymenthub.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

    @Test
    void a_unique_violation_is_recognised_however_deep_the_persistence_layers_wrap_it() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException atFlush = new PersistenceException(
                new ConstraintViolationException("could not execute batch", duplicate, "idempotency_key_unique"));

        assertThat(IdempotencyStore.isUniqueViolation(atFlush)).isTrue();
        assertThat(IdempotencyStore.isUniqueViolation(new IllegalStateException("rolled back", atFlush))).isTrue();
    }

    @Test
    void other_failures_are_not_a_taken_key() {
        SQLException notNull = new SQLException("null value in column", "23502");

        assertThat(IdempotencyStore.isUniqueViolation(new PersistenceException(notNull))).isFalse();
        assertThat(IdempotencyStore.isUniqueViolation(new IllegalStateException("no database at all"))).isFalse();
    }
}
