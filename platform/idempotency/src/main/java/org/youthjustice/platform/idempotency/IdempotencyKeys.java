package org.youthjustice.platform.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a creation once per caller and {@code Idempotency-Key} (ADR 0009). The key is claimed, by a row of
 * {@code idempotent_request}, in the transaction that creates: a concurrent request with the same key waits on that
 * row until the first commits (and then answers what it created) or rolls back (and then claims the key itself), so
 * a key never creates twice and a refused creation frees its key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final String CONFLICT = "This Idempotency-Key was used with another request; use a new key.";

    private static final String CLAIM = """
            insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash)
            values (?, ?, ?, ?) on conflict do nothing""";
    private static final String CREATED = """
            update idempotent_request set resource_id = ? where caller_subject = ? and idempotency_key = ?""";
    private static final String FIRST = """
            select operation, request_hash, resource_id from idempotent_request
             where caller_subject = ? and idempotency_key = ?""";

    private final DataSource dataSource;
    private final Caller caller;
    private final RequestHashes hashes;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    IdempotencyKeys(DataSource dataSource, Caller caller, RequestHashes hashes, UriInfo uri, Request request,
            HttpHeaders headers) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.hashes = hashes;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    /**
     * Runs {@code create} once per caller and key, in a transaction it joins or begins. A repeat of the same
     * operation (method and path) with the same body returns what the first created: {@code earlier} loads it by
     * the id {@code idOf} gave it. The key with another operation or body is refused with 409. Without a key,
     * {@code create} just runs.
     *
     * @param key the request's {@code Idempotency-Key}, or null when it sent none (an empty one is refused with 400)
     * @param body the request body as parsed; its JSON, written again, is what a repeat must match
     */
    public <T> T once(IdempotencyKey key, Object body, Supplier<T> create, Function<T, String> idOf,
            Function<String, T> earlier) {
        if (key == null) {
            // Jakarta REST passes an empty header on as no value at all: a client that sends one means a key
            if (headers.getHeaderString(IdempotencyKey.HEADER) != null) {
                throw new InvalidIdempotencyKey();
            }
            return create.get();
        }
        String subject = caller.subject();
        String operation = request.getMethod() + " " + uri.getPath();
        String hash = hashes.of(body);
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (claim(connection, subject, key, operation, hash)) {
                    T created = create.get();
                    created(connection, subject, key, idOf.apply(created));
                    return created;
                }
                return earlier.apply(firstResource(connection, subject, key, operation, hash));
            }
        });
    }

    private static boolean claim(Connection connection, String subject, IdempotencyKey key, String operation,
            String hash) throws SQLException {
        try (var claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, subject);
            claim.setString(2, key.value());
            claim.setString(3, operation);
            claim.setString(4, hash);
            return claim.executeUpdate() == 1;
        }
    }

    private static void created(Connection connection, String subject, IdempotencyKey key, String resourceId)
            throws SQLException {
        try (var update = connection.prepareStatement(CREATED)) {
            update.setString(1, resourceId);
            update.setString(2, subject);
            update.setString(3, key.value());
            update.executeUpdate();
        }
    }

    /**
     * The id of what the first request with this key created, once that request committed (the claim waited for
     * it). Rows copied from the services' former tables have no operation, or a hash of another scheme, and so
     * never match: their keys answer 409 (ADR 0009).
     */
    private static String firstResource(Connection connection, String subject, IdempotencyKey key, String operation,
            String hash) throws SQLException {
        try (var select = connection.prepareStatement(FIRST)) {
            select.setString(1, subject);
            select.setString(2, key.value());
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    // purged between the claim and this read: only a key older than the retention can be
                    throw ProblemException.conflict(CONFLICT);
                }
                String resourceId = row.getString(3);
                if (!operation.equals(row.getString(1)) || !hash.equals(row.getString(2)) || resourceId == null) {
                    throw ProblemException.conflict(CONFLICT);
                }
                return resourceId;
            }
        }
    }
}
