package io.paymenthub.transaction;

import java.util.Optional;

/**
 * A unit of work that may commit together with other callers' ({@link SharedTransactions}): the same work, written
 * twice — once to run inside a transaction it shares, once on its own.
 *
 * @param <T> its answer
 */
public interface Shareable<T> {

    /**
     * In a transaction shared with other callers' work, without retries; its rows may wait for the commit. A
     * {@link io.paymenthub.problem.HubException} is this work's own refusal and must leave nothing changed: the
     * others still commit.
     */
    T inShared();

    /**
     * Whether the unit creates rows that rows of other units may refer to (a new payment, which its event and its
     * check refer to). Such units run first in a shared transaction: Hibernate orders a flush's inserts by entity,
     * in the order it first met each, and knows only mapped associations — a unit that inserted an event before
     * would have the new payment's event inserted before the payment. Each of them inserts in the same order.
     */
    default boolean createsReferencedRows() {
        return false;
    }

    /**
     * On its own, in a transaction of its own (a unit of work's, retried on conflicts, where that is safe): alone,
     * or after a shared transaction failed.
     */
    T alone();

    /** What the unit will read, when that is known before it runs ({@link Reads}); nothing by default. */
    default Optional<Reads<?>> reads() {
        return Optional.empty();
    }

    /** This work, naming what it will read ({@link Reads}), or as it is when {@code reads} is null. */
    default Shareable<T> reading(Reads<?> reads) {
        if (reads == null) {
            return this;
        }
        Shareable<T> work = this;
        return new Shareable<>() {
            @Override
            public boolean createsReferencedRows() {
                return work.createsReferencedRows();
            }

            @Override
            public T inShared() {
                return work.inShared();
            }

            @Override
            public T alone() {
                return work.alone();
            }

            @Override
            public Optional<Reads<?>> reads() {
                return Optional.of(reads);
            }
        };
    }
}
