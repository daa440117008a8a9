package io.paymenthub.jdbc;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Set;
import org.jboss.jca.adapters.jdbc.spi.ExceptionSorter;

/**
 * Tells the connection pool that a connection is broken on its first error that says so, so that the pool destroys
 * it (and, with {@code flush-strategy=InvalidIdleConnections}, checks the idle ones) instead of handing it out
 * again: after the database was restarted or unreachable, the hub serves again as soon as the database does, not
 * once background validation has found every broken connection (30 s later). For both databases the routing driver
 * serves: SQLState class {@code 08} (connection exception) and PostgreSQL's {@code 57P01}–{@code 57P03} (the server
 * shutting down or starting), H2's "connection broken", "database closed" and "called at shutdown", or an I/O error
 * on the socket underneath.
 */
public final class BrokenConnectionSorter implements ExceptionSorter {

    private static final Set<String> FATAL_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    @Override
    public boolean isExceptionFatal(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isFatal(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof SocketException || cause instanceof EOFException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static boolean isFatal(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || FATAL_STATES.contains(sqlState));
    }
}
