package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.ContractTerms;

import java.time.Instant;
import java.util.UUID;

/** One version of a contract's terms: 1 as drafted, each later one made by an amendment (its reason). */
public record TermsVersionView(UUID contractId, int version, String reason, TermsView terms, Instant changedAt,
                               String changedBy) {

    static TermsVersionView of(ContractTerms t) {
        return new TermsVersionView(t.contractId, t.version, t.reason, TermsView.of(t), t.changedAt, t.changedBy);
    }
}
