package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.cases.config.ReencryptionConfig;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityTokenException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the identity tokens of cases to the primary key after a key rotation (platform-identity README, "Key
 * rotation"), batch by batch, each batch in its own transaction. Rows are taken with {@code for update skip locked},
 * so replicas running the job together share the work instead of waiting for each other, and rewritten without
 * touching the case's version: the case has not changed, so its ETag stays valid.
 */
@ApplicationScoped
public class IdentityReencryption {

    private static final Logger LOG = Logger.getLogger(IdentityReencryption.class);

    /** The cipher columns of {@code juvenile_case}: every one is rewritten. */
    private static final List<String> COLUMNS = List.of("name_cipher", "identity_number_cipher", "birth_date_cipher",
            "phone_cipher", "address_cipher", "guardians_cipher");

    private static final String UNDER_AN_OLD_KEY = "(" + String.join(" or ",
            COLUMNS.stream().map(column -> column + " not like :prefix").toList()) + ")";

    @Inject
    IdentityCipher cipher;

    @Inject
    EntityManager entityManager;

    @Inject
    ReencryptionConfig config;

    @Inject
    AuditTrail audit;

    @Scheduled(identity = "identity-reencryption", every = "${yjs.identity.reencrypt.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = run();
        if (result.cases() > 0 || result.failed() > 0) {
            LOG.infof("Re-encrypted %d identity values of %d cases under key %s; %d cases failed, %d remain",
                    result.values(), result.cases(), result.primaryKeyId(), result.failed(), result.remaining());
        }
    }

    /**
     * Runs the job now for the calling admin, and audits the run. The batches commit one by one, so the audit row
     * follows in a transaction of its own.
     */
    public Result runNow() {
        Result result = run();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.IDENTITY_REENCRYPTED, null, null,
                result.cases() + " cases to key " + result.primaryKeyId()));
        return result;
    }

    /** Runs the job to the end of the table; answers what it did and how many cases are still to move. */
    public Result run() {
        long after = 0;
        int cases = 0;
        int values = 0;
        int failed = 0;
        while (true) {
            long from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> reencryptBatch(from));
            cases += batch.cases();
            values += batch.values();
            failed += batch.failed();
            if (batch.selected() < config.batchSize()) {
                break;
            }
            after = batch.lastId();
        }
        long remaining = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from juvenile_case where " + UNDER_AN_OLD_KEY)
                .setParameter("prefix", cipher.primaryTokenPrefix() + "%").getSingleResult()).longValue());
        return new Result(cipher.primaryKeyId(), cases, values, failed, remaining);
    }

    /**
     * The next batch after case id {@code after}. A case whose token cannot be decrypted (its key was removed, or
     * the data is corrupt) is left as it is and counted: the job goes on with the others, and the count tells the
     * operator not to remove the old key yet. Only the case id is logged.
     */
    Batch reencryptBatch(long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, " + String.join(", ", COLUMNS)
                        + " from juvenile_case where id > :after and " + UNDER_AN_OLD_KEY
                        + " order by id limit :limit for update skip locked")
                .setParameter("after", after)
                .setParameter("prefix", cipher.primaryTokenPrefix() + "%")
                .setParameter("limit", config.batchSize())
                .getResultList();
        int cases = 0;
        int values = 0;
        int failed = 0;
        long lastId = after;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            lastId = id;
            try {
                // only the columns under an old key: a null or already rotated column is left as it is
                Map<String, String> rotated = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String token = (String) row[i + 1];
                    if (cipher.needsRotation(token)) {
                        rotated.put(COLUMNS.get(i), cipher.reencrypt(token));
                    }
                }
                var update = entityManager.createNativeQuery("update juvenile_case set "
                        + String.join(", ", rotated.keySet().stream().map(column -> column + " = :" + column).toList())
                        + " where id = :id").setParameter("id", id);
                rotated.forEach(update::setParameter);
                update.executeUpdate();
                cases++;
                values += rotated.size();
            } catch (IdentityTokenException e) {
                LOG.warnf("Case id %d keeps its identity tokens: %s", id, e.getMessage());
                failed++;
            }
        }
        return new Batch(rows.size(), cases, values, failed, lastId);
    }

    record Batch(int selected, int cases, int values, int failed, long lastId) {
    }

    /** What a run did: cases and values moved to the primary key, cases that failed, cases still under an old key. */
    public record Result(String primaryKeyId, int cases, int values, int failed, long remaining) {
    }
}
