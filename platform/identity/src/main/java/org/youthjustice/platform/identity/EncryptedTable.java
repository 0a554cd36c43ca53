package org.youthjustice.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table that holds identity tokens, as a service registers it ({@link EncryptedColumns}): its name, the columns
 * of the row key the tokens are bound to, its cipher columns, and its blind indexes of identity numbers with the
 * cipher column each is computed from. The re-encryption job and the check of keys in use read every column
 * registered here, and nothing else.
 */
public record EncryptedTable(String name, List<String> rowKey, List<String> cipherColumns,
                             List<BlindIndexColumn> blindIndexes) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public EncryptedTable {
        rowKey = List.copyOf(rowKey);
        cipherColumns = List.copyOf(cipherColumns);
        blindIndexes = List.copyOf(blindIndexes);
        // these names go into SQL as they are: plain lower-case identifiers only
        List<String> names = new ArrayList<>(rowKey);
        names.add(name);
        names.addAll(cipherColumns);
        blindIndexes.forEach(index -> names.add(index.indexColumn()));
        for (String identifier : names) {
            if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + identifier);
            }
        }
        if (rowKey.isEmpty() || cipherColumns.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a row key and at least one cipher column");
        }
        for (BlindIndexColumn index : blindIndexes) {
            if (!cipherColumns.contains(index.identityNumberCipherColumn())) {
                throw new IllegalArgumentException(name + "." + index.indexColumn() + " is computed from "
                        + index.identityNumberCipherColumn() + ", which is not a registered cipher column");
            }
        }
    }

    /** A table whose rows are keyed by {@code rowKey} (one or more columns), with these cipher columns. */
    public static EncryptedTable of(String name, List<String> rowKey, String... cipherColumns) {
        return new EncryptedTable(name, rowKey, List.of(cipherColumns), List.of());
    }

    /** This table with a blind index of the identity number held (normalised) in {@code identityNumberCipherColumn}. */
    public EncryptedTable withBlindIndex(String indexColumn, String identityNumberCipherColumn) {
        List<BlindIndexColumn> indexes = new ArrayList<>(blindIndexes);
        indexes.add(new BlindIndexColumn(indexColumn, identityNumberCipherColumn));
        return new EncryptedTable(name, rowKey, cipherColumns, indexes);
    }

    /** The registered column of this name; a column that is not registered is refused. */
    public EncryptedColumn column(String column) {
        if (!cipherColumns.contains(column)) {
            throw new IllegalArgumentException(name + "." + column + " is not a registered cipher column");
        }
        return new EncryptedColumn(name, column);
    }

    static String rowKeyOf(List<?> values) {
        if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A row key has no null part");
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining(":"));
    }

    /** A blind index column and the cipher column of the normalised identity number it is computed from. */
    public record BlindIndexColumn(String indexColumn, String identityNumberCipherColumn) {
    }
}
