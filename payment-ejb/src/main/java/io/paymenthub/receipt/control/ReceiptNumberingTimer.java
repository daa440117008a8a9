package io.paymenthub.receipt.control;

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
import org.jboss.logging.Logger;

/**
 * Numbers, at start-up and every {@value #INTERVAL_MS} ms on each node, the receipts whose numbering did not run
 * after their fulfilment (a node stopped in between). Not persistent: what is waiting lives in the receipt table.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReceiptNumberingTimer {

    private static final Logger LOG = Logger.getLogger(ReceiptNumberingTimer.class);
    static final long INTERVAL_MS = 10_000;

    @Resource
    TimerService timers;

    @Inject
    ReceiptNumbering numbering;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(0, new TimerConfig("receipt-numbering", false));
    }

    @Timeout
    void run() {
        try {
            int numbered = numbering.numberAll();
            if (numbered > 0) {
                LOG.debugf("Numbered %d receipts left waiting", numbered);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Receipt numbering failed; the next round retries: %s", e);
        } finally {
            timers.createSingleActionTimer(INTERVAL_MS, new TimerConfig("receipt-numbering", false));
        }
    }
}
