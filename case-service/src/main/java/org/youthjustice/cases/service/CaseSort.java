package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;

/**
 * The explicit sort of a case list: a field, descending with a leading {@code -}; ties are broken by the row id in
 * the same direction, so that pages never overlap.
 */
public record CaseSort(String field, boolean descending) {

    public static final String PATTERN = "-?(createdAt|reference|periodStart|status)";
    public static final String DEFAULT = "-createdAt";
    public static final String MESSAGE = "must be createdAt, reference, periodStart or status, with a leading - for "
            + "descending";

    public static CaseSort parse(String value) {
        String text = value == null || value.isBlank() ? DEFAULT : value.strip();
        return text.startsWith("-") ? new CaseSort(text.substring(1), true) : new CaseSort(text, false);
    }

    Sort toSort() {
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field, direction).and("id", direction);
    }
}
