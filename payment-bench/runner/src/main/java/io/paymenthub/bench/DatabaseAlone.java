package io.paymenthub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The ceiling's transaction sent to PostgreSQL from here over JDBC, with no server between: the row read by key and
 * updated under its version, then committed — what the database alone takes for the ceiling's work, so that the
 * ceiling's latency and rate can be split into the database's and the server's. Each request takes a connection of
 * its own (as many as the load sends at once, opened as they are first needed).
 */
final class DatabaseAlone implements AutoCloseable {

    private final BenchDatabase database;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();

    DatabaseAlone(BenchDatabase database) {
        this.database = database;
    }

    /** Reads and updates row {@code id} of the ceiling's table in one transaction; true when it was there. */
    boolean touch(long id) throws SQLException {
        Connection connection = idle.poll();
        if (connection == null) {
            connection = database.connectToSchema();
            connection.setAutoCommit(false);
        }
        try {
            boolean touched = touch(connection, id);
            connection.commit();
            idle.add(connection);
            return touched;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean touch(Connection connection, long id) throws SQLException {
        long counter;
        long version;
        try (PreparedStatement read = connection.prepareStatement(
                "select counter, version from bench_ceiling_row where id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                counter = row.getLong(1);
                version = row.getLong(2);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update bench_ceiling_row set counter = ?, version = ? where id = ? and version = ?")) {
            update.setLong(1, counter + 1);
            update.setLong(2, version + 1);
            update.setLong(3, id);
            update.setLong(4, version);
            return update.executeUpdate() == 1;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection; (connection = idle.poll()) != null; ) {
            connection.close();
        }
    }
}
