package org.youthjustice.procurement.domain;

import java.util.EnumSet;
import java.util.Set;

/** What an amendment changed in a contract's terms. */
public enum TermsChange {
    /** The start or the end of the period. */
    PERIOD,
    /** The funded posts. */
    POSTS,
    /** The budget or how it is funded. */
    BUDGET,
    /** The judicial offices and courts served. */
    SITES;

    /** What differs from {@code before} to {@code after}, in this enum's order; empty when nothing does. */
    public static Set<TermsChange> between(ContractTerms before, ContractTerms after) {
        Set<TermsChange> changes = EnumSet.noneOf(TermsChange.class);
        if (!before.periodStart.equals(after.periodStart) || !before.periodEnd.equals(after.periodEnd)) {
            changes.add(PERIOD);
        }
        if (before.fundedPosts != after.fundedPosts) {
            changes.add(POSTS);
        }
        if (before.budget.compareTo(after.budget) != 0 || before.fiscalAmount.compareTo(after.fiscalAmount) != 0
                || before.charitableAmount.compareTo(after.charitableAmount) != 0
                || before.otherAmount.compareTo(after.otherAmount) != 0) {
            changes.add(BUDGET);
        }
        if (!Set.copyOf(before.sites).equals(Set.copyOf(after.sites))) {
            changes.add(SITES);
        }
        return changes;
    }
}
