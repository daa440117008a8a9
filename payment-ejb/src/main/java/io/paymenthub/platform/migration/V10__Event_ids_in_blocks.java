package io.paymenthub.platform.migration;

import io.paymenthub.payment.PaymentEvent;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Payment events take their ids from {@code payment_event_seq} in blocks ({@link IdsInBlocks}). */
public class V10__Event_ids_in_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        IdsInBlocks.createSequence(context.getConnection(), "payment_event", "payment_event_seq",
                PaymentEvent.ID_BLOCK);
    }
}
