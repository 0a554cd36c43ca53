package org.youthjustice.platform.identity;

import java.util.Arrays;

/** A registered cipher column ({@link EncryptedTable#column(String)}): the cell of a row is {@link #at(Object...)}. */
public record EncryptedColumn(String table, String column) {

    /**
     * The cell of the row with these row-key values, in the order of {@link EncryptedTable#rowKey()}; the
     * re-encryption job forms the same key from the stored columns, so pass the values the row stores.
     */
    public CipherCell at(Object... rowKey) {
        return new CipherCell(table, column, EncryptedTable.rowKeyOf(Arrays.asList(rowKey)));
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
