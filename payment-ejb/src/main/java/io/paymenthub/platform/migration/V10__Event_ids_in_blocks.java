package io.paymenthub.platform.migration;

import io.paymenthub.payment.PaymentEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Payment events take their ids from {@code payment_event_seq} in blocks instead of the column's identity, so that
 * a transaction's events are inserted in one batch. The sequence starts past the ids already given: Hibernate's
 * pooled blocks end at the value the sequence returns, and the first block must begin after the highest id. Java,
 * not SQL, because PostgreSQL and H2 share no statement that starts a sequence at a computed value.
 */
public class V10__Event_ids_in_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            long highest;
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from payment_event")) {
                rows.next();
                highest = rows.getLong(1);
            }
            statement.execute("create sequence payment_event_seq start with " + (highest + PaymentEvent.ID_BLOCK)
                    + " increment by " + PaymentEvent.ID_BLOCK);
        }
    }
}
