package io.paymenthub.reconciliation.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The janitor's runners on this node ({@code PAYMENT_RECONCILE_WORKERS}), each a timer rescheduled
 * {@code PAYMENT_RECONCILE_INTERVAL_MS} after its round ended. The timers are not persistent: what is due lives
 * in {@code payment_check}, and the claims there — not the timers — keep runners on all nodes apart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JanitorTimer {

    private static final Logger LOG = Logger.getLogger(JanitorTimer.class);

    @Resource
    TimerService timers;

    @Inject
    ReconcileSettings settings;

    @Inject
    Janitor janitor;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString()
            .substring(0, 8);

    @PostConstruct
    void schedule() {
        for (int worker = 1; worker <= settings.workers(); worker++) {
            scheduleNext(node + "/" + worker);
        }
    }

    @Timeout
    void run(Timer timer) {
        String runner = (String) timer.getInfo();
        try {
            while (janitor.runRound(runner) == Janitor.BATCH) {
                LOG.debug("More payments due for reconciliation, another round");
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reconciliation round of %s failed; the next one retries", runner);
        } finally {
            scheduleNext(runner);
        }
    }

    private void scheduleNext(String runner) {
        timers.createSingleActionTimer(settings.interval().toMillis(), new TimerConfig(runner, false));
    }
}
