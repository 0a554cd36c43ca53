package org.youthjustice.cases.rest;

import org.youthjustice.cases.domain.JuvenileCase;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cases as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, its quotes doubled). Pseudonymous columns only: the juvenile's identity is not a column, not even masked,
 * because a file leaves the service's control once downloaded.
 */
final class CaseCsv {

    static final String MEDIA_TYPE = "text/csv";

    static final List<String> HEADER = List.of("reference", "type", "correctionKind", "status", "office", "region",
            "periodStart", "periodEnd", "leadWorkerId", "riskLevel", "createdAt");

    private CaseCsv() {
    }

    static void write(List<JuvenileCase> cases, Writer out) throws IOException {
        line(out, HEADER.toArray());
        for (JuvenileCase c : cases) {
            line(out, c.reference, c.type, c.correctionKind, c.status, c.officeCode, c.regionCode, c.periodStart,
                    c.periodEnd, c.assignedWorkerId, c.riskLevel, c.createdAt);
        }
    }

    private static void line(Writer out, Object... fields) throws IOException {
        out.write(Arrays.stream(fields).map(CaseCsv::field).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** An absent value is an empty field. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
