package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.TermsChange;
import org.youthjustice.procurement.service.Contracts;

import java.time.Instant;
import java.util.List;

/**
 * An amendment: its number (1, 2, ...), the terms version it made (2, 3, ...), why, what it changed from the version
 * before, the terms it made, when and by whom (a token subject).
 */
public record AmendmentView(int number, int termsVersion, String reason, List<TermsChange> changes, TermsView terms,
                            Instant amendedAt, String amendedBy) {

    static AmendmentView of(Contracts.AmendedTerms amended) {
        return new AmendmentView(amended.number(), amended.after().version, amended.after().reason,
                List.copyOf(TermsChange.between(amended.before(), amended.after())), TermsView.of(amended.after()),
                amended.after().changedAt, amended.after().changedBy);
    }
}
