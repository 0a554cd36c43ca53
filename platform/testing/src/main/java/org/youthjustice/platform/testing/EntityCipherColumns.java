package org.youthjustice.platform.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The cipher columns ({@code *_cipher}, or a field named {@code *Cipher}) that the entities of a package map, as
 * {@code table.column}: a service's test compares them with its registry of encrypted columns (platform-identity),
 * so that a new cipher column cannot be left out of the re-encryption job and the check of keys in use.
 */
public final class EntityCipherColumns {

    private EntityCipherColumns() {
    }

    /** The cipher columns of the entities in the package of {@code anyClassOfThePackage}, sorted. */
    public static Set<String> inPackageOf(Class<?> anyClassOfThePackage) {
        Set<String> mapped = new TreeSet<>();
        for (Class<?> entity : entities(anyClassOfThePackage)) {
            String table = entity.getAnnotation(Table.class).name();
            for (Field field : entity.getFields()) {
                Column column = field.getAnnotation(Column.class);
                String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
                if (name.endsWith("_cipher") || name.endsWith("Cipher")) {
                    mapped.add(table + "." + name);
                }
            }
        }
        return mapped;
    }

    private static Set<Class<?>> entities(Class<?> anchor) {
        String pkg = anchor.getPackageName();
        Set<Class<?>> entities = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolve(pkg.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("could not list the entities of " + pkg, e);
        }
        return entities;
    }
}
