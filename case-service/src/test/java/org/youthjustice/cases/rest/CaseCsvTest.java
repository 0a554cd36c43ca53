package org.youthjustice.cases.rest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The RFC 4180 quoting of the export, on values a spreadsheet would otherwise split or merge. */
class CaseCsvTest {

    @Test
    void plainValuesAreWrittenAsTheyAre() {
        assertEquals("GZ-2026-000123", CaseCsv.field("GZ-2026-000123"));
        assertEquals("", CaseCsv.field(null));
    }

    @Test
    void aCommaQuoteOrLineBreakIsQuotedWithItsQuotesDoubled() {
        assertEquals("\"a,b\"", CaseCsv.field("a,b"));
        assertEquals("\"say \"\"no\"\"\"", CaseCsv.field("say \"no\""));
        assertEquals("\"two\r\nlines\"", CaseCsv.field("two\r\nlines"));
        assertEquals("\"line\nbreak\"", CaseCsv.field("line\nbreak"));
    }

    @Test
    void anExportOfNothingIsTheHeaderRowEndedByCrLf() throws IOException {
        StringWriter out = new StringWriter();
        CaseCsv.write(List.of(), out);
        assertEquals("reference,type,correctionKind,status,office,region,periodStart,periodEnd,leadWorkerId,"
                + "riskLevel,createdAt\r\n", out.toString());
    }
}
