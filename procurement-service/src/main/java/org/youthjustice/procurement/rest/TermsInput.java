package org.youthjustice.procurement.rest;

import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.FundingSource;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The funding sources and sites of a draft or an amendment, each named once (400 otherwise). */
final class TermsInput {

    private TermsInput() {
    }

    /** One amount per source. */
    static Map<FundingSource, BigDecimal> funding(List<FundingShareRequest> shares) {
        Map<FundingSource, BigDecimal> funding = new EnumMap<>(FundingSource.class);
        for (FundingShareRequest share : shares) {
            if (funding.putIfAbsent(share.source(), share.amount()) != null) {
                throw ProblemException.badRequest("Each funding source is named once.", List.of(new FieldError(
                        "fundingSources", "duplicate", share.source() + " is named twice")));
            }
        }
        return funding;
    }

    /** 400 naming {@code sites} when a site is named twice. */
    static List<String> sites(List<String> sites) {
        if (sites.stream().distinct().count() != sites.size()) {
            throw ProblemException.badRequest("Each site is named once.",
                    List.of(new FieldError("sites", "duplicate", "must not name a site twice")));
        }
        return sites;
    }
}
