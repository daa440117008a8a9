package io.paymenthub.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs a unit of work in a transaction of its own, committed before the call returns, or in the caller's. */
@ApplicationScoped
public class Transactions {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * As {@link #inNewTransaction}, with what the work changed written before the commit: a write that fails (a
     * taken key, a row changed meanwhile) fails the work here, not the commit — which the transaction manager would
     * log as a failed synchronization, with its stack, at WARN. Nothing is left to write after, so the commit does
     * not look through the persistence context for changes a second time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransactionFlushed(Supplier<T> work) {
        T result = work.get();
        em.flush();
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        return result;
    }

    /** In the caller's transaction when there is one, else in one of its own. */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
