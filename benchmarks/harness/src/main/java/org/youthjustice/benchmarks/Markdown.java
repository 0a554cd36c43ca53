package org.youthjustice.benchmarks;

import java.util.Locale;

/** Numbers as the summaries print them: a fixed count of decimals, "n/a" where there is nothing to show. */
final class Markdown {

    private Markdown() {
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.toString();
    }
}
