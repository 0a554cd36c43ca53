package org.youthjustice.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.DataDictionary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DataDictionaryTest {

    @Inject
    AgroalDataSource db;

    /** Every table and column the migrations leave is described in R__data_dictionary.sql (or the platform's). */
    @Test
    void everyTableAndColumnSaysWhatItHolds() {
        assertEquals(List.of(), DataDictionary.uncommented(db),
                "tables and columns without a comment: describe them in db/migration/R__data_dictionary.sql");
    }
}
