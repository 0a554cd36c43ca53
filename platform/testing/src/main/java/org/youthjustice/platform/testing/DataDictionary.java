package org.youthjustice.platform.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables and columns of a database's {@code public} schema that carry no comment: a service's test asserts that
 * there are none, so that its {@code R__data_dictionary.sql} describes whatever its migrations create (issue 12,
 * item 9). Flyway's own history table is not the service's and is left out.
 */
public final class DataDictionary {

    private static final String UNCOMMENTED = """
            select c.relname as name, 0 as ordinal
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
               and coalesce(trim(obj_description(c.oid, 'pg_class')), '') = ''
            union all
            select c.relname || '.' || a.attname, a.attnum
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
             where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
               and coalesce(trim(col_description(c.oid, a.attnum)), '') = ''
             order by name, ordinal
            """;

    private DataDictionary() {
    }

    /** The uncommented tables ({@code table}) and columns ({@code table.column}), by name. */
    public static List<String> uncommented(DataSource dataSource) {
        List<String> uncommented = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(UNCOMMENTED)) {
            while (rows.next()) {
                uncommented.add(rows.getString("name"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the comments of the schema", e);
        }
        return uncommented;
    }
}
