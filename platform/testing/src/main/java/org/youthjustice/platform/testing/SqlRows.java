package org.youthjustice.platform.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a test reads back from its service's database to check what a call or an event left there. */
public final class SqlRows {

    private SqlRows() {
    }

    /** The number {@code sql}, a count query with a {@code ?} for each parameter, answers. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        return first(dataSource, sql, parameters, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** The first column of the first row {@code sql} answers, as text; null when it answers no row. */
    public static String text(DataSource dataSource, String sql, Object... parameters) {
        return first(dataSource, sql, parameters, rows -> rows.next() ? rows.getString(1) : null);
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T first(DataSource dataSource, String sql, Object[] parameters, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
