package org.youthjustice.platform.identity;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves every registered cipher column of a service to the primary key as {@code v2} tokens bound to their cell, and
 * every registered blind index to the primary blind-index key (recomputed from the decrypted identity number). Table
 * by table, batch by batch, each batch in its own transaction; rows are taken with {@code for update skip locked}, so
 * replicas running the job together share the work instead of waiting for each other, and rewritten by plain SQL
 * that leaves versions (and so ETags) as they are: the data has not changed, only its protection.
 *
 * <p>A row whose token cannot be decrypted (its key was removed, or the data is corrupt) is left as it is and
 * counted as failed; only the table and the row key (pseudonymous ids) are logged.
 */
public class ReencryptionJob {

    private static final Logger LOG = Logger.getLogger(ReencryptionJob.class);

    private final IdentityCipher cipher;
    private final BlindIndex blindIndex;
    private final EncryptedColumns columns;
    private final DataSource dataSource;
    private final int batchSize;

    public ReencryptionJob(IdentityCipher cipher, BlindIndex blindIndex, EncryptedColumns columns,
                           DataSource dataSource, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.columns = columns;
        this.dataSource = dataSource;
        this.batchSize = batchSize;
    }

    /** Runs the job over every registered table; answers what it did and how many rows are still to move. */
    public ReencryptionResult run() {
        int rows = 0;
        int values = 0;
        int indexes = 0;
        int failed = 0;
        for (EncryptedTable table : columns.tables()) {
            List<Object> after = null;
            while (true) {
                List<Object> from = after;
                Batch batch = inTransaction(connection -> reencryptBatch(connection, table, from));
                rows += batch.rows();
                values += batch.values();
                indexes += batch.indexes();
                failed += batch.failed();
                if (batch.selected() < batchSize) {
                    break;
                }
                after = batch.lastKey();
            }
        }
        return new ReencryptionResult(cipher.primaryKeyId(), KeysInUse.blindIndexKeyName(blindIndex.primaryKeyId()),
                rows, values, indexes, failed, remaining(), keysInUse());
    }

    /** Rows of every registered table with a value not yet under the primary keys (failed or locked ones). */
    public long remaining() {
        return inTransaction(connection -> {
            long remaining = 0;
            for (EncryptedTable table : columns.tables()) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from " + table.name() + " where " + needsWork(table));
                     ResultSet result = count.executeQuery()) {
                    result.next();
                    remaining += result.getLong(1);
                }
            }
            return remaining;
        });
    }

    /**
     * The key ids that stored tokens and indexes of every registered column are under: a scan of each column (read
     * once, by the prefix only), so run it when an operator asks, not per request.
     */
    public KeysInUse keysInUse() {
        return inTransaction(connection -> {
            Map<String, Set<String>> keyIds = new HashMap<>();
            Map<String, Set<String>> indexKeyIds = new HashMap<>();
            for (EncryptedTable table : columns.tables()) {
                for (String column : table.cipherColumns()) {
                    collect(connection, "select distinct split_part(" + column + ", ':', 2) from " + table.name()
                            + " where " + column + " is not null", table.name() + "." + column, keyIds);
                }
                for (EncryptedTable.BlindIndexColumn index : table.blindIndexes()) {
                    String column = index.indexColumn();
                    collect(connection, "select distinct case when strpos(" + column + ", ':') = 0 then '' else "
                            + "split_part(" + column + ", ':', 1) end from " + table.name() + " where " + column
                            + " is not null", table.name() + "." + column, indexKeyIds);
                }
            }
            return new KeysInUse(keyIds, indexKeyIds);
        });
    }

    private static void collect(Connection connection, String sql, String column, Map<String, Set<String>> into)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                into.computeIfAbsent(result.getString(1), id -> new HashSet<>()).add(column);
            }
        }
    }

    /**
     * The next batch of the table after row key {@code after}. Key ids and blind-index key ids are plain letters and
     * digits (checked at startup) and the names come from the registry (plain identifiers), so they are written
     * into the SQL; only the row keys are parameters.
     */
    private Batch reencryptBatch(Connection connection, EncryptedTable table, List<Object> after)
            throws SQLException {
        List<String> read = new ArrayList<>(table.rowKey());
        read.addAll(table.cipherColumns());
        table.blindIndexes().forEach(index -> read.add(index.indexColumn()));
        String key = String.join(", ", table.rowKey());
        String sql = "select " + String.join(", ", read) + " from " + table.name() + " where " + needsWork(table)
                + (after == null ? "" : " and (" + key + ") > (" + placeholders(after.size()) + ")")
                + " order by " + key + " limit " + batchSize + " for update skip locked";
        int selected = 0;
        int rows = 0;
        int values = 0;
        int indexes = 0;
        int failed = 0;
        List<Object> lastKey = after;
        List<Row> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (after != null) {
                for (int i = 0; i < after.size(); i++) {
                    select.setObject(i + 1, after.get(i));
                }
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    selected++;
                    List<Object> rowKey = new ArrayList<>();
                    for (int i = 0; i < table.rowKey().size(); i++) {
                        rowKey.add(result.getObject(i + 1));
                    }
                    lastKey = rowKey;
                    Map<String, String> stored = new LinkedHashMap<>();
                    for (int i = table.rowKey().size(); i < read.size(); i++) {
                        stored.put(read.get(i), result.getString(i + 1));
                    }
                    try {
                        Row row = rotated(table, rowKey, stored);
                        updates.add(row);
                        values += row.values();
                        indexes += row.indexes();
                    } catch (IdentityTokenException e) {
                        LOG.warnf("%s row %s keeps its identity tokens: %s", table.name(),
                                EncryptedTable.rowKeyOf(rowKey), e.getMessage());
                        failed++;
                    }
                }
            }
        }
        for (Row row : updates) {
            update(connection, table, row);
            rows++;
        }
        return new Batch(selected, rows, values, indexes, failed, lastKey);
    }

    /** The new values of the row's columns that are under an old key; columns already current are left out. */
    private Row rotated(EncryptedTable table, List<Object> rowKey, Map<String, String> stored) {
        String key = EncryptedTable.rowKeyOf(rowKey);
        Map<String, String> changed = new LinkedHashMap<>();
        int values = 0;
        for (String column : table.cipherColumns()) {
            String token = stored.get(column);
            if (cipher.needsRotation(token)) {
                changed.put(column, cipher.reencrypt(token, new CipherCell(table.name(), column, key)));
                values++;
            }
        }
        int indexes = 0;
        for (EncryptedTable.BlindIndexColumn index : table.blindIndexes()) {
            String current = stored.get(index.indexColumn());
            if (current != null && !blindIndex.isUnderPrimaryKey(current)) {
                String source = index.identityNumberCipherColumn();
                String number = cipher.decrypt(stored.get(source), new CipherCell(table.name(), source, key));
                changed.put(index.indexColumn(), blindIndex.ofIdentityNumber(number));
                indexes++;
            }
        }
        return new Row(rowKey, changed, values, indexes);
    }

    private static void update(Connection connection, EncryptedTable table, Row row) throws SQLException {
        String set = row.changed().keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
        String where = table.rowKey().stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table.name() + " set " + set + " where " + where)) {
            int i = 1;
            for (String value : row.changed().values()) {
                update.setString(i++, value);
            }
            for (Object part : row.rowKey()) {
                update.setObject(i++, part);
            }
            update.executeUpdate();
        }
    }

    /** Some cipher column not a current token, or some blind index not under the primary blind-index key. */
    private String needsWork(EncryptedTable table) {
        List<String> conditions = new ArrayList<>();
        String prefix = cipher.primaryTokenPrefix();
        for (String column : table.cipherColumns()) {
            // a null never matches: only values to rewrite select a row
            conditions.add(column + " not like '" + prefix + "%'");
        }
        String indexKey = blindIndex.primaryKeyId();
        for (EncryptedTable.BlindIndexColumn index : table.blindIndexes()) {
            String column = index.indexColumn();
            conditions.add(BlindIndex.UNVERSIONED.equals(indexKey)
                    ? "strpos(" + column + ", ':') > 0" : column + " not like '" + indexKey + ":%'");
        }
        return "(" + String.join(" or ", conditions) + ")";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Re-encryption failed: " + e.getSQLState(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private record Row(List<Object> rowKey, Map<String, String> changed, int values, int indexes) {
    }

    private record Batch(int selected, int rows, int values, int indexes, int failed, List<Object> lastKey) {
    }
}
