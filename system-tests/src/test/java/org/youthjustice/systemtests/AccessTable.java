package org.youthjustice.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The rows of {@code authorisation-matrix.txt}: what each operation declares. */
final class AccessTable {

    /** One operation's row. */
    record Row(String method, String path, String service, String object, boolean refusedOnly, Set<String> roles) {

        String key() {
            return method + " " + path;
        }
    }

    private AccessTable() {
    }

    static Map<String, Row> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessTable.class.getResourceAsStream("/authorisation-matrix.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                Row row = new Row(cells[0], cells[1], cells[2], cells[3], cells[4].equals("refused-only"),
                        Set.copyOf(Arrays.asList(cells).subList(5, cells.length)));
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException("two rows for " + row.key());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
