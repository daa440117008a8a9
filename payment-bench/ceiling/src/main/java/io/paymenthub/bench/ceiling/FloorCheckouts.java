package io.paymenthub.bench.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The floor's two transactions, each on its own: the checkout stored, then its token. */
@ApplicationScoped
public class FloorCheckouts {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(long id) {
        em.persist(new FloorCheckout(id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void opened(long id, String token) {
        FloorCheckout checkout = em.find(FloorCheckout.class, id);
        if (checkout == null) {
            throw new NotFoundException();
        }
        checkout.opened(token);
    }
}
