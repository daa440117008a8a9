package io.paymenthub.idempotency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Purges idempotency records older than {@link IdempotencySettings#retention} every few minutes, in batches of
 * {@value #BATCH} rows per transaction, so that no purge holds many row locks or a long transaction. On every node:
 * two nodes purging at once delete disjoint or already deleted rows, which is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
    static final int BATCH = 500;
    static final long INTERVAL_MILLIS = 5 * 60 * 1000L;

    @Resource
    TimerService timers;

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencySettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("idempotency-purge", false));
    }

    @Timeout
    void purge() {
        Instant cutoff = clock.instant().minus(settings.retention());
        try {
            int purged = 0;
            int batch;
            do {
                batch = store.purge(cutoff, BATCH);
                purged += batch;
            } while (batch == BATCH);
            if (purged > 0) {
                LOG.debugf("Purged %d idempotency records created before %s", purged, cutoff);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Purging idempotency records failed; the next run retries: %s", e);
        }
    }
}
