package io.paymenthub.sharedkey;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** The shared keys' table, each call in a transaction of its own (a key is read once per node, never on a hot path). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SharedKeyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<byte[]> find(String name) {
        return Optional.ofNullable(em.find(SharedKey.class, name)).map(SharedKey::secret);
    }

    /** Stores a new key; fails when another node stored one of this name first. */
    public void create(String name, byte[] secret) {
        em.persist(new SharedKey(name, secret, clock.instant()));
        em.flush();
    }
}
