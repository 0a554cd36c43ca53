package org.youthjustice.platform.identity;

/**
 * Fired (synchronously, after the run) when an admin ran the re-encryption job through
 * {@code POST /identity-key-rotations}: a service with an audit trail observes it to audit the run.
 *
 * @param subject the admin's subject
 * @param result  what the run did
 */
public record AdminReencryption(String subject, ReencryptionResult result) {
}
