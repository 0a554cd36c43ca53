package org.youthjustice.platform.testing;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDictionaryTest {

    @Test
    void namesEveryTableAndColumnWithoutACommentAndNoneWithOne() throws Exception {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(PostgresResource.jdbcUrl());
        owner.setUser(PostgresResource.OWNER_ROLE);
        owner.setPassword(PostgresResource.PASSWORD);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table dictionary_described (id int, described text, forgotten text)");
            statement.execute("comment on table dictionary_described is 'a table with a comment'");
            statement.execute("comment on column dictionary_described.id is 'its id'");
            statement.execute("comment on column dictionary_described.described is 'a column with a comment'");
            statement.execute("create table dictionary_forgotten (id int)");
            try {
                List<String> uncommented = DataDictionary.uncommented(owner);

                assertTrue(uncommented.contains("dictionary_described.forgotten"), uncommented::toString);
                assertTrue(uncommented.contains("dictionary_forgotten"), uncommented::toString);
                assertTrue(uncommented.contains("dictionary_forgotten.id"), uncommented::toString);
                assertFalse(uncommented.contains("dictionary_described"), uncommented::toString);
                assertFalse(uncommented.contains("dictionary_described.id"), uncommented::toString);
                assertFalse(uncommented.contains("dictionary_described.described"), uncommented::toString);
            } finally {
                statement.execute("drop table dictionary_described, dictionary_forgotten");
            }
        }
    }
}
