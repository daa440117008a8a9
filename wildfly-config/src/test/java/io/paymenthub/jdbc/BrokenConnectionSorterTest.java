package io.paymenthub.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class BrokenConnectionSorterTest {

    private final BrokenConnectionSorter sorter = new BrokenConnectionSorter();

    @Test
    void a_connection_that_lost_its_database_is_broken() {
        assertThat(sorter.isExceptionFatal(new SQLException("I/O error", "08006"))).as("PostgreSQL").isTrue();
        assertThat(sorter.isExceptionFatal(new SQLException("terminating", "57P01"))).as("admin shutdown").isTrue();
        assertThat(sorter.isExceptionFatal(new SQLException("Connection is broken", "90067", 90067))).as("H2")
                .isTrue();
        assertThat(sorter.isExceptionFatal(new SQLException("wrapped", null, new SocketException("reset"))))
                .as("a socket error underneath").isTrue();
    }

    @Test
    void a_statement_the_database_refused_leaves_the_connection_usable() {
        assertThat(sorter.isExceptionFatal(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(sorter.isExceptionFatal(new SQLException("could not serialize", "40001"))).isFalse();
        assertThat(sorter.isExceptionFatal(new SQLException("lock timeout", "HYT00", 50200))).isFalse();
        assertThat(sorter.isExceptionFatal(new SQLException("no state"))).isFalse();
    }
}
