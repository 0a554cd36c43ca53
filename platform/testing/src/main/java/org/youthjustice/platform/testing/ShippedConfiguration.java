package org.youthjustice.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The configuration a service's jar ships, its {@code src/main/resources/application.properties}, as the test
 * class path holds it ({@code target/classes}). Test keys and test-only values belong in {@code src/test/resources},
 * where they never reach the jar (README, "Test configuration"): a jar with a {@code %test} identity key carries a
 * key into every environment it runs in.
 */
public final class ShippedConfiguration {

    private static final String FILE = "application.properties";
    private static final String TEST_PROFILE = "%test.";

    private ShippedConfiguration() {
    }

    /** The keys of the {@code %test} profile the service's main application.properties sets; empty when all is well. */
    public static List<String> testProfileKeys() {
        List<String> keys = new ArrayList<>();
        for (URL shipped : shippedFiles()) {
            for (String line : lines(shipped)) {
                String entry = line.strip();
                if (entry.startsWith(TEST_PROFILE)) {
                    keys.add(entry.split("[=:\\s]", 2)[0]);
                }
            }
        }
        return keys;
    }

    /** The service's own application.properties: a folder of the class path that is not the tests'. */
    private static List<URL> shippedFiles() {
        try {
            List<URL> files = Collections.list(ShippedConfiguration.class.getClassLoader().getResources(FILE)).stream()
                    .filter(url -> url.getProtocol().equals("file") && !url.getPath().contains("/test-classes/"))
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no " + FILE + " of the service on the class path");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(URL file) {
        try (InputStream in = file.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
