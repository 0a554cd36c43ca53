package org.youthjustice.local;

import java.time.Instant;

/**
 * A webhook request the demo partner system received, as the system tests read it to check what partners are sent.
 *
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 * @param signatureOk    whether the {@code X-YJS-Signature} held for the kept secret
 * @param body           the request body as sent
 */
public record WebhookDelivery(Instant receivedAt, String idempotencyKey, boolean signatureOk, String body) {
}
