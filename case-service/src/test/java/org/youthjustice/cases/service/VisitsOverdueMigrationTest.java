package org.youthjustice.cases.service;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.ScratchSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V36 gives the cases of a database at V35 the first day on which they are overdue, from the visits they hold: on the
 * day the data stands and on the days after it, the cases overdue by the new column are exactly those the case list's
 * former filter (an {@code exists} over the visits, Caseload before V36) found.
 */
class VisitsOverdueMigrationTest {

    /** The day the data stands: every miss below was found by then. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** The former filter of {@code GET /cases?overdueVisits=true} in SQL, for the day {@code ?}. */
    private static final String OVERDUE_BEFORE_V36 = """
            select c.reference from juvenile_case c
            where exists (select 1 from case_visit v where v.case_id = c.id
                          and ((v.status = 'SCHEDULED' and v.due_on < ?)
                               or (v.status = 'MISSED' and not exists (
                                       select 1 from case_visit w where w.case_id = c.id and w.status = 'COMPLETED'
                                       and w.closed_at > v.closed_at))))
            order by c.reference""";

    private static final String OVERDUE_FROM_V36 = """
            select reference from juvenile_case where visits_overdue_from <= ? order by reference""";

    @Test
    void theBackfillFindsTheCasesTheFormerFilterFound() throws SQLException {
        try (ScratchSchema schema = ScratchSchema.create()) {
            // Flyway applies repeatable migrations whatever the target: the data dictionary describes the schema of the
            // last version (V36's column too), so it waits for the second step
            schema.flyway("db/migration", "db/platform").target("35").repeatableSqlMigrationPrefix("not-yet")
                    .load().migrate();
            List<String> rows = new ArrayList<>();
            caseWith(rows, 1, "T-LATE", scheduled(-1));
            caseWith(rows, 2, "T-DUE-TODAY", scheduled(0));
            caseWith(rows, 3, "T-MISSED", missed(-10, -9), scheduled(5));
            caseWith(rows, 4, "T-MISSED-VISITED", missed(-10, -9), completed(-5), scheduled(9));
            caseWith(rows, 5, "T-VISITED-MISSED", completed(-20), missed(-10, -9), scheduled(5));
            caseWith(rows, 6, "T-NO-VISITS");
            caseWith(rows, 7, "T-CANCELLED", cancelled(-5, -6), completed(-6));
            caseWith(rows, 8, "T-TWO-MISSES", missed(-30, -29), completed(-20), missed(-10, -9), scheduled(5));
            for (String row : rows) {
                schema.execute(row);
            }

            schema.flyway("db/migration", "db/platform").load().migrate();

            try (Connection connection = schema.connection()) {
                Map<String, LocalDate> expected = new HashMap<>();
                expected.put("T-LATE", TODAY);
                expected.put("T-DUE-TODAY", TODAY.plusDays(1));
                expected.put("T-MISSED", TODAY.minusDays(9));
                expected.put("T-MISSED-VISITED", TODAY.plusDays(10));
                expected.put("T-VISITED-MISSED", TODAY.minusDays(9));
                expected.put("T-NO-VISITS", null);
                expected.put("T-CANCELLED", null);
                expected.put("T-TWO-MISSES", TODAY.minusDays(9));
                assertEquals(expected, overdueFrom(connection));
                for (LocalDate day = TODAY; !day.isAfter(TODAY.plusDays(12)); day = day.plusDays(1)) {
                    assertEquals(references(connection, OVERDUE_BEFORE_V36, day),
                            references(connection, OVERDUE_FROM_V36, day), "the cases overdue on " + day);
                }
                assertEquals(List.of("T-LATE", "T-MISSED", "T-TWO-MISSES", "T-VISITED-MISSED"),
                        references(connection, OVERDUE_FROM_V36, TODAY));
            }
        }
    }

    /** The inserts of an ACTIVE case {@code reference} with the visits given (values of case_visit after case_id). */
    private static void caseWith(List<String> rows, int id, String reference, String... visits) {
        rows.add("insert into juvenile_case (id, reference, case_type, correction_kind, office_code, court_code, "
                + "region_code, status, name_cipher, identity_number_cipher, identity_number_index, birth_date_cipher, "
                + "created_at, created_by, updated_at, updated_by) values (" + id + ", '" + reference + "', "
                + "'CORRECTION', 'PROBATION', 'JO-440104-01', 'CT-440104', '440100', 'ACTIVE', 'n', 'i', 'index-" + id
                + "', 'b', now(), 'test', now(), 'test')");
        for (String visit : visits) {
            rows.add("insert into case_visit (case_id, status, due_on, visited_at, place_kind, closed_at, created_at) "
                    + "values (" + id + ", " + visit + ", now())");
        }
    }

    private static String scheduled(int due) {
        return "'SCHEDULED', " + day(due) + ", null, null, null";
    }

    private static String missed(int due, int found) {
        return "'MISSED', " + day(due) + ", null, null, " + morning(found);
    }

    private static String cancelled(int due, int cancelledOn) {
        return "'CANCELLED', " + day(due) + ", null, null, " + morning(cancelledOn);
    }

    /** A visit recorded from the field on that day (closed when recorded, a little later). */
    private static String completed(int on) {
        return "'COMPLETED', null, " + morning(on) + ", 'HOME', " + morning(on) + " + interval '2 hours'";
    }

    private static String day(int fromToday) {
        return "date '" + TODAY.plusDays(fromToday) + "'";
    }

    private static String morning(int fromToday) {
        return "timestamptz '" + TODAY.plusDays(fromToday) + " 09:00+08'";
    }

    private static Map<String, LocalDate> overdueFrom(Connection connection) throws SQLException {
        Map<String, LocalDate> found = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select reference, visits_overdue_from from juvenile_case")) {
            while (rows.next()) {
                found.put(rows.getString(1), rows.getObject(2, LocalDate.class));
            }
        }
        return found;
    }

    private static List<String> references(Connection connection, String sql, LocalDate day) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
