package io.paymenthub.payment.control;

import io.paymenthub.transaction.Shareable;
import io.paymenthub.transaction.UnitOfWork;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** When a unit of work sends its changes to the database. */
public enum Flushing {
    /**
     * Step by step: the payment's versioned update before anything is inserted, so that a concurrent change
     * fails as a conflict the unit of work retries, not as a duplicate row.
     */
    EACH_STEP,
    /**
     * All at the transaction's end, in batches: for a caller that applies the whole transaction again, step by
     * step, when anything in it fails.
     */
    AT_COMMIT;

    /**
     * The work as a {@link Shareable}: in a shared transaction {@link #AT_COMMIT}, alone {@link #EACH_STEP} in a unit
     * of work of its own.
     */
    public static <T> Shareable<T> shareable(UnitOfWork unitOfWork, Function<Flushing, T> work) {
        return shareable(false, unitOfWork, work);
    }

    /**
     * As {@link #shareable(UnitOfWork, Function)}, for work that creates rows other units' rows may refer to (a new
     * payment): it runs first in its shared transaction ({@link Shareable#createsReferencedRows()}).
     */
    public static <T> Shareable<T> shareableCreation(UnitOfWork unitOfWork, Function<Flushing, T> work) {
        return shareable(true, unitOfWork, work);
    }

    private static <T> Shareable<T> shareable(boolean creation, UnitOfWork unitOfWork, Function<Flushing, T> work) {
        return new Shareable<>() {
            @Override
            public boolean createsReferencedRows() {
                return creation;
            }

            @Override
            public T inShared() {
                return work.apply(AT_COMMIT);
            }

            @Override
            public T alone() {
                return unitOfWork.run(() -> work.apply(EACH_STEP));
            }
        };
    }

    /** The end of a step: what it changed is sent now when flushing step by step. */
    public void flush(EntityManager em) {
        if (this == EACH_STEP) {
            em.flush();
        }
    }
}
