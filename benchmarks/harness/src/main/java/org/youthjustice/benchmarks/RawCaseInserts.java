package org.youthjustice.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.youthjustice.platform.time.ServiceZone;

/**
 * The ceiling the database puts on intake: rows shaped like {@code juvenile_case}, inserted over plain JDBC into a
 * scratch copy of the table in the service's own database, without identity, unique constraints, other indexes,
 * encryption, validation, audit or outbox. Batches of 1,000, one transaction each; the table is dropped afterwards.
 */
public final class RawCaseInserts {

    static final int BATCH = 1_000;
    private static final String TABLE = "bench_raw_case";
    private static final String[] CIPHER_COLUMNS = {"name_cipher", "identity_number_cipher", "birth_date_cipher",
            "phone_cipher", "address_cipher", "guardians_cipher"};
    /** Used when the service has no case to measure: lengths of tokens of fields like FictionalReferrals'. */
    private static final int DEFAULT_CIPHER_LENGTH = 80;
    private static final String INSERT = "insert into " + TABLE + " (id, reference, case_type, correction_kind,"
            + " office_code, court_code, period_start, period_end, offence_date, region_code, grid_code, status,"
            + " name_cipher, identity_number_cipher, identity_number_index, birth_date_cipher, phone_cipher,"
            + " address_cipher, guardians_cipher, created_at, created_by, updated_at, updated_by)"
            + " values (?, ?, 'CORRECTION', 'PROBATION', ?, 'CT-440104', ?, ?, ?, ?, '440104-003-07', 'REFERRED',"
            + " ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Random random = new Random();

    public RawCaseInserts(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Inserts {@code rows} rows and answers how long it took, the scratch table created before and dropped after. */
    public Result insert(int rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            Map<String, Integer> lengths = cipherLengths(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists " + TABLE);
                // LIKE copies columns, not-null and defaults; not the identity, checks, keys or indexes
                statement.execute("create table " + TABLE + " (like juvenile_case including defaults)");
            }
            try {
                long nanos = insertBatches(connection, rows, lengths);
                return new Result(rows, nanos, lengths);
            } finally {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop table if exists " + TABLE);
                }
            }
        }
    }

    private long insertBatches(Connection connection, int rows, Map<String, Integer> lengths) throws SQLException {
        // the values are made before the clock starts: only the database's work is timed
        List<String[]> values = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            String[] ciphers = new String[CIPHER_COLUMNS.length + 1];
            for (int c = 0; c < CIPHER_COLUMNS.length; c++) {
                ciphers[c] = token(lengths.get(CIPHER_COLUMNS[c]));
            }
            ciphers[CIPHER_COLUMNS.length] = hex(32);
            values.add(ciphers);
        }
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int row = 0; row < rows; row++) {
                String[] ciphers = values.get(row);
                Timestamp now = Timestamp.from(Instant.now());
                insert.setLong(1, row + 1L);
                insert.setString(2, String.format("BR-%d-%06d", today.getYear(), row + 1));
                insert.setString(3, FictionalReferrals.OFFICE);
                insert.setObject(4, today.plusDays(7));
                insert.setObject(5, today.plusYears(1));
                insert.setObject(6, today.minusMonths(3));
                insert.setString(7, FictionalReferrals.REGION);
                insert.setString(8, ciphers[0]);
                insert.setString(9, ciphers[1]);
                insert.setString(10, ciphers[CIPHER_COLUMNS.length]);
                insert.setString(11, ciphers[2]);
                insert.setString(12, ciphers[3]);
                insert.setString(13, ciphers[4]);
                insert.setString(14, ciphers[5]);
                insert.setTimestamp(15, now);
                insert.setTimestamp(16, now);
                insert.addBatch();
                if ((row + 1) % BATCH == 0 || row + 1 == rows) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return System.nanoTime() - start;
    }

    /** The average length of each cipher column of the service's cases, so that the raw rows weigh the same. */
    private static Map<String, Integer> cipherLengths(Connection connection) throws SQLException {
        StringBuilder query = new StringBuilder("select ");
        for (int c = 0; c < CIPHER_COLUMNS.length; c++) {
            query.append(c == 0 ? "" : ", ").append("coalesce(avg(length(").append(CIPHER_COLUMNS[c]).append(")), ")
                    .append(DEFAULT_CIPHER_LENGTH).append(")::int");
        }
        // the latest thousand cases are the ones this run's referrals look like
        query.append(" from (select * from juvenile_case order by id desc limit 1000) latest");
        Map<String, Integer> lengths = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query.toString())) {
            result.next();
            for (int c = 0; c < CIPHER_COLUMNS.length; c++) {
                lengths.put(CIPHER_COLUMNS[c], result.getInt(c + 1));
            }
        }
        return lengths;
    }

    private String token(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        String text = "v1:bench:" + Base64.getEncoder().encodeToString(bytes);
        return text.substring(0, Math.max(length, 1));
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        StringBuilder text = new StringBuilder(bytes * 2);
        for (byte b : value) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }

    /** @param cipherLengths the length of each cipher column's values */
    public record Result(int rows, long nanos, Map<String, Integer> cipherLengths) {

        public double rowsPerSecond() {
            return rows / (nanos / 1e9);
        }
    }
}
