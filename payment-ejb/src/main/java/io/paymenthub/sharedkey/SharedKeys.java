package io.paymenthub.sharedkey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys every node holds alike. The first node that asks for a name makes its key (32 random bytes) and stores
 * it; when two nodes make one at once, the second's insert fails on the primary key and it reads the first's. Each
 * node reads a key once and keeps it: keys never change while the hub runs, so no request pays for the database.
 */
@ApplicationScoped
public class SharedKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SharedKeyStore store;

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public byte[] key(String name) {
        return loaded.computeIfAbsent(name, this::findOrCreate).clone();
    }

    private byte[] findOrCreate(String name) {
        return store.find(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                store.create(name, fresh);
                return fresh;
            } catch (RuntimeException lostTheRace) {
                return store.find(name).orElseThrow(() -> new IllegalStateException(
                        "The shared key " + name + " could be neither stored nor read", lostTheRace));
            }
        });
    }
}
