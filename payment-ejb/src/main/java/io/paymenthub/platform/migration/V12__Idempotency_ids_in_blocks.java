package io.paymenthub.platform.migration;

import io.paymenthub.idempotency.IdempotencyRecord;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Idempotency records take their ids from {@code idempotency_record_seq} in blocks ({@link IdsInBlocks}): a
 * checkout's claim of its key is inserted with the payment it creates, in the batch of its shared transaction.
 */
public class V12__Idempotency_ids_in_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        IdsInBlocks.createSequence(context.getConnection(), "idempotency_record", "idempotency_record_seq",
                IdempotencyRecord.ID_BLOCK);
    }
}
