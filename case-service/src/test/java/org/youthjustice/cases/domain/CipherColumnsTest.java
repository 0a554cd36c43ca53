package org.youthjustice.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.EncryptedTable;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every cipher column of an entity is registered, so that a new one cannot be left out of the re-encryption job
 * and the check of keys in use; and every registered column is a column of an entity.
 */
class CipherColumnsTest {

    @Test
    void everyCipherColumnOfEveryEntityIsRegistered() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (Class<?> entity : entities()) {
            String table = entity.getAnnotation(Table.class).name();
            for (Field field : entity.getFields()) {
                Column column = field.getAnnotation(Column.class);
                String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
                if (name.endsWith("_cipher") || name.endsWith("Cipher")) {
                    mapped.add(table + "." + name);
                }
            }
        }
        Set<String> registered = new TreeSet<>();
        for (EncryptedTable table : CipherColumns.ALL.tables()) {
            table.cipherColumns().forEach(column -> registered.add(table.name() + "." + column));
        }

        assertFalse(mapped.isEmpty());
        assertEquals(mapped, registered);
    }

    private static List<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(CipherColumns.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(CipherColumns.class.getPackageName().replace('.', '/'));
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(CipherColumns.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }
}
