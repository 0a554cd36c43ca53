package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.paging.PageCursor;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The explicit sort of a case list: a field, descending with a leading {@code -}; ties are broken by the row id in
 * the same direction, so that pages never overlap. Also where a keyset page starts: the condition that keeps the
 * cases after a {@link PageCursor} in this order.
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

    /** The cursor of the page that starts right after {@code c}. */
    public String cursorOf(JuvenileCase c) {
        Optional<String> value = switch (field) {
            case "createdAt" -> Optional.of(c.createdAt.toString());
            case "reference" -> Optional.of(c.reference);
            case "periodStart" -> Optional.ofNullable(c.periodStart).map(LocalDate::toString);
            case "status" -> Optional.of(c.status.name());
            default -> throw new IllegalStateException("no sort " + field);
        };
        return new PageCursor(text(), value, c.id).encode();
    }

    /**
     * The condition (over the case alias {@code c}, with its parameters added to {@code parameters}) that keeps the
     * cases after the position {@code after} names in this order; 400 for a cursor of another sort or not made here.
     * Null period starts come last ascending and first descending, as PostgreSQL sorts them.
     */
    String casesAfter(String after, Parameters parameters) {
        PageCursor cursor;
        try {
            cursor = PageCursor.decode(after);
        } catch (IllegalArgumentException e) {
            throw invalid(PageCursor.MESSAGE);
        }
        if (!cursor.sort().equals(text())) {
            throw invalid("is a cursor of the list sorted by " + cursor.sort() + ", not " + text());
        }
        parameters.and("afterId", cursor.id());
        String beyond = descending ? "<" : ">";
        String path = "c." + field;
        if (cursor.value().isEmpty()) {
            if (!field.equals("periodStart")) {
                throw invalid(PageCursor.MESSAGE);
            }
            // among the cases without a period start: the nulls come last ascending, first descending
            return " and ((" + path + " is null and c.id " + beyond + " :afterId)"
                    + (descending ? " or " + path + " is not null)" : ")");
        }
        parameters.and("afterValue", value(cursor.value().get()));
        // the redundant bound first, so that PostgreSQL starts its index scan at the cursor
        String beyondCursor = path + " " + beyond + "= :afterValue and (" + path + " " + beyond + " :afterValue or c.id "
                + beyond + " :afterId)";
        return field.equals("periodStart") && !descending
                ? " and ((" + beyondCursor + ") or " + path + " is null)" : " and " + beyondCursor;
    }

    private Object value(String text) {
        try {
            return switch (field) {
                case "createdAt" -> Instant.parse(text);
                case "reference" -> text;
                case "periodStart" -> LocalDate.parse(text);
                case "status" -> CaseStatus.valueOf(text);
                default -> throw new IllegalStateException("no sort " + field);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(PageCursor.MESSAGE);
        }
    }

    private String text() {
        return (descending ? "-" : "") + field;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.badRequest("The after parameter " + message + ".",
                List.of(new FieldError("after", "Cursor", message)));
    }
}
