package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.AuditEvent;

import java.time.Instant;

@Schema(description = "One row of the audit trail: references, actors and enum values, never a juvenile's identity")
public record AuditEventView(
        long id,
        Instant occurredAt,
        AuditAction action,
        @Schema(examples = "GZ-2026-000123") String caseReference,
        @Schema(description = "The purpose stated for a reveal or a sealed read", examples = "HOME_VISIT_CONTACT")
        String purpose,
        @Schema(description = "What changed, e.g. ACTIVE→CLOSED or a worker id", examples = "ACTIVE→CLOSED")
        String detail,
        @Schema(description = "The caller's subject (sub)") String actorSubject,
        @Schema(description = "The caller's username; absent for machine clients", examples = "jo.zhao")
        String actorUsername,
        @Schema(description = "The OAuth client (azp)", examples = "mobile-app") String clientId,
        String correlationId) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.action, e.caseReference, e.purpose, e.detail, e.actorSubject,
                e.actorUsername, e.clientId, e.correlationId);
    }
}
