package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * The {@code Idempotency-Key}s of a caller's creations. A key is claimed in the creating transaction: a concurrent
 * request with the same key waits on the row until the first commits (and then finds its case) or rolls back (and
 * then claims the key itself).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    @Inject
    EntityManager entityManager;

    /**
     * Claims {@code key} for a request with {@code requestHash}; returns the reference of the case a first request
     * with the same key and body created, or empty when this request is the first. A different body answers 409.
     */
    public Optional<String> claim(String subject, String key, String requestHash) {
        int inserted = entityManager.createNativeQuery("""
                        insert into case_idempotency (caller_subject, idempotency_key, request_hash, created_at)
                        values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, case_reference from case_idempotency
                        where caller_subject = ?1 and idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0]) || row[1] == null) {
            throw ProblemException.conflict("This Idempotency-Key was used with a different request; use a new key.");
        }
        return Optional.of((String) row[1]);
    }

    public void created(String subject, String key, String reference) {
        entityManager.createNativeQuery("""
                        update case_idempotency set case_reference = ?3
                        where caller_subject = ?1 and idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, reference).executeUpdate();
    }
}
