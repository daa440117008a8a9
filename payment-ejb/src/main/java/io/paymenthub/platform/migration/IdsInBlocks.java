package io.paymenthub.platform.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table's ids taken from a sequence in blocks instead of its column's identity, so that a transaction's rows of it
 * are inserted in one batch at its end (Hibernate sends an identity insert at once, and every insert waiting before
 * it with it). The sequence starts past the ids already given: Hibernate's pooled blocks end at the value the
 * sequence returns, and the first block must begin after the highest id. Java, not SQL, because PostgreSQL and H2
 * share no statement that starts a sequence at a computed value.
 */
final class IdsInBlocks {

    private IdsInBlocks() {
    }

    static void createSequence(Connection connection, String table, String sequence, int block) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long highest;
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rows.next();
                highest = rows.getLong(1);
            }
            statement.execute("create sequence " + sequence + " start with " + (highest + block)
                    + " increment by " + block);
        }
    }
}
