package io.paymenthub.reconciliation.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The claims and backoff of a table of checks of operations sent to a gateway (refunds, payouts), keyed by the
 * operation's id: the due ones listed, each claimed for a lease by a conditional update that only one runner, on any
 * node, can win, then deleted once the operation is settled or rescheduled by the schedule. In the caller's
 * transaction.
 */
record CheckClaims(String entity, String key) {

    static final CheckClaims REFUNDS = new CheckClaims("RefundCheck", "refundId");
    static final CheckClaims PAYOUTS = new CheckClaims("PayoutCheck", "payoutId");

    List<String> due(EntityManager em, Instant now, int batch) {
        return em.createQuery("select c." + key + " from " + entity + " c where c.nextCheckAt <= :now"
                        + " and (c.claimedUntil is null or c.claimedUntil < :now) order by c.nextCheckAt", String.class)
                .setParameter("now", now).setMaxResults(batch).getResultList();
    }

    boolean claim(EntityManager em, String id, String runner, Instant now, Duration lease) {
        return em.createQuery("update " + entity + " c set c.claimedUntil = :until, c.claimedBy = :runner"
                        + " where c." + key + " = :id and c.nextCheckAt <= :now"
                        + " and (c.claimedUntil is null or c.claimedUntil < :now)")
                .setParameter("until", now.plus(lease)).setParameter("runner", runner)
                .setParameter("id", id).setParameter("now", now).executeUpdate() == 1;
    }

    /** After a check: gone when the operation is settled, else due again by the schedule and released. */
    void afterCheck(EntityManager em, String id, boolean settled, CheckSchedule schedule, Instant now) {
        List<Integer> checks = em.createQuery("select c.checks from " + entity + " c where c." + key + " = :id",
                Integer.class).setParameter("id", id).getResultList();
        if (checks.isEmpty()) {
            return;
        }
        if (settled) {
            forget(em, id);
        } else {
            em.createQuery("update " + entity + " c set c.checks = c.checks + 1, c.nextCheckAt = :next,"
                            + " c.claimedUntil = null, c.claimedBy = null where c." + key + " = :id")
                    .setParameter("next", schedule.next(checks.get(0) + 1, now)).setParameter("id", id)
                    .executeUpdate();
        }
    }

    /** A statement, so a check already gone is no error. */
    void forget(EntityManager em, String id) {
        em.createQuery("delete from " + entity + " c where c." + key + " = :id").setParameter("id", id)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).executeUpdate();
    }
}
