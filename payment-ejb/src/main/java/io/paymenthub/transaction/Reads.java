package io.paymenthub.transaction;

import java.util.List;

/**
 * A row a unit will read by its key, named before the unit runs: a shared transaction reads the rows of all its
 * units that read alike (one {@link Together} instance for all of them) with one statement before it runs them,
 * instead of one statement each as they run; the units then find their rows in the persistence context.
 *
 * @param together reads the rows of many keys at once; the same instance for every unit that reads alike
 * @param key      the row this unit will read
 */
public record Reads<K>(Together<K> together, K key) {

    /** Reads the rows of many keys into the transaction's persistence context. */
    @FunctionalInterface
    public interface Together<K> {
        void readAll(List<K> keys);
    }
}
