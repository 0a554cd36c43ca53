package org.youthjustice.platform.identity;

import java.util.List;

/**
 * The registry of a service's cipher columns. A service produces one bean of it, in one place, and binds every
 * token it writes to a cell of a registered column ({@link EncryptedTable#column(String)}). The platform's
 * re-encryption job ({@link IdentityKeyRotation}) and its check of keys in use ({@link KeysInUse}) cover exactly the
 * columns registered here, so a column left out would keep its old key: each service tests that every
 * {@code *_cipher} column of its entities is registered.
 */
public record EncryptedColumns(List<EncryptedTable> tables) {

    public EncryptedColumns {
        tables = List.copyOf(tables);
    }

    public static EncryptedColumns of(EncryptedTable... tables) {
        return new EncryptedColumns(List.of(tables));
    }

    /** Whether {@code table.column} is a registered cipher column. */
    public boolean contains(String table, String column) {
        return tables.stream().anyMatch(t -> t.name().equals(table) && t.cipherColumns().contains(column));
    }
}
