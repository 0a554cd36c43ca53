package org.youthjustice.platform.identity;

/**
 * Where a token is stored: its table, column and row. A {@code v2} token is bound to its cell (GCM associated
 * data), so a token copied into another row or column fails authentication instead of showing one person's data as
 * another's. The row is named by a key known before the insert (a case reference, a case id and the row's own id).
 */
public record CipherCell(String table, String column, String row) {

    public CipherCell {
        if (table == null || column == null || row == null || row.isEmpty()) {
            // a token bound to no row could be moved anywhere: refuse to write one
            throw new IllegalArgumentException("A cipher cell needs a table, a column and a row key");
        }
    }
}
