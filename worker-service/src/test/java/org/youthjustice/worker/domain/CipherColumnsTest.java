package org.youthjustice.worker.domain;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.EncryptedTable;
import org.youthjustice.platform.testing.EntityCipherColumns;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every cipher column of an entity is registered, so that a new one cannot be left out of the re-encryption job
 * and the check of keys in use; and every registered column is a column of an entity.
 */
class CipherColumnsTest {

    @Test
    void everyCipherColumnOfEveryEntityIsRegistered() {
        Set<String> mapped = EntityCipherColumns.inPackageOf(CipherColumns.class);
        Set<String> registered = new TreeSet<>();
        for (EncryptedTable table : CipherColumns.ALL.tables()) {
            table.cipherColumns().forEach(column -> registered.add(table.name() + "." + column));
        }

        assertFalse(mapped.isEmpty());
        assertEquals(mapped, registered);
    }
}
