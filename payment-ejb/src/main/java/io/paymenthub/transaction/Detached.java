package io.paymenthub.transaction;

import jakarta.persistence.EntityManager;
import org.hibernate.LockMode;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;

/** Entities an earlier transaction stored, taken up by a later one without reading them again. */
public final class Detached {

    private Detached() {
    }

    /**
     * {@code stored}, as the transaction that stored it left it, managed again in the running one without reading it
     * (JPA's merge would read it): its changes are written at the flush, an update under {@code @Version} still
     * checking its version, so that a change made since fails as a conflict. When this transaction holds the entity
     * already (a unit sharing it loaded it), that instance. Only for an instance no later transaction changed: after
     * a transaction that changed it rolled back, read it again.
     */
    @SuppressWarnings("unchecked")
    public static <T> T reattach(EntityManager em, T stored, Object id) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityKey key = session.generateEntityKey(id, session.getEntityPersister(null, stored));
        Object managed = session.getPersistenceContextInternal().getEntity(key);
        if (managed != null) {
            return (T) managed;
        }
        session.lock(stored, LockMode.NONE);
        return stored;
    }
}
