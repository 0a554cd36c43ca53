package org.youthjustice.worker.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} of creating POSTs. The key is claimed in the creating transaction: a concurrent
 * request with the same key waits on the row until the first commits (and then answers with what it created) or
 * rolls back (and then claims the key itself).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    BlindIndex fingerprint;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Runs {@code create} once per caller and key: a repeat with the same operation and request returns what the
     * first created ({@code earlier} loads it by the id {@code idOf} gave); another request with the key is refused
     * with 409. Without a key, {@code create} just runs.
     */
    @Transactional
    public <T> T once(String key, String operation, Object request, Supplier<T> create, Function<T, String> idOf,
                      Function<String, T> earlier) {
        if (key == null) {
            return create.get();
        }
        String subject = caller.subject();
        String fingerprinted = operation + "\n" + serialised(request);
        String hash = fingerprint.of(fingerprinted);
        int claimed = entityManager.createNativeQuery("insert into idempotency_key (caller_subject, idempotency_key,"
                        + " request_hash, created_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, Instant.now(clock)).executeUpdate();
        if (claimed == 1) {
            T created = create.get();
            entityManager.createNativeQuery("update idempotency_key set resource_id = ?3"
                            + " where caller_subject = ?1 and idempotency_key = ?2")
                    .setParameter(1, subject).setParameter(2, key).setParameter(3, idOf.apply(created))
                    .executeUpdate();
            return created;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select request_hash, resource_id from idempotency_key"
                        + " where caller_subject = ?1 and idempotency_key = ?2")
                .setParameter(1, subject).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        // the stored fingerprint may be under an older blind-index key: compared under the key it names
        if (!fingerprint.matches((String) row[0], fingerprinted) || row[1] == null) {
            throw ProblemException.conflict("This Idempotency-Key was used with a different request; use a new key.");
        }
        return earlier.apply((String) row[1]);
    }

    private String serialised(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request record that Jackson read cannot be written back", e);
        }
    }
}
