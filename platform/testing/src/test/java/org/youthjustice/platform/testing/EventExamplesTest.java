package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youthjustice.platform.testing.EventExamples.EventType;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer's contracts read from its jar (a Maven build) or its classes folder (an IDE), never another's. */
class EventExamplesTest {

    private static final String EXAMPLE = "{\"id\":\"0b6f2c1e-1d2f-4a3b-9c4d-5e6f7a8b9c0d\",\"type\":\"case.assigned\","
            + "\"version\":1,\"data\":{\"reference\":\"GZ-2026-000123\"}}";

    /** Two producers' contracts, as a consumer's test classpath holds them. */
    private static final Map<String, String> FILES = Map.of(
            "events/case-service/case.assigned.v1.schema.json", "{}",
            "events/case-service/case.assigned.v1.example.json", EXAMPLE,
            "events/case-service/case.referred.v2.schema.json", "{}",
            "events/case-service/case.referred.v1.schema.json", "{}",
            "events/worker-service/worker.posted.v1.schema.json", "{}");

    @TempDir
    Path folder;

    @Test
    void theTypesAndExamplesOfOneProducerComeFromItsJar() throws Exception {
        Path jar = folder.resolve("contracts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // with the folders' own entries, as the jar plugin writes them
            for (String entry : List.of("events/", "events/case-service/", "events/worker-service/")) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
            for (var file : FILES.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertCaseServiceContracts(jar.toUri().toURL());
    }

    @Test
    void theTypesAndExamplesOfOneProducerComeFromItsClassesFolder() throws Exception {
        for (var file : FILES.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        assertCaseServiceContracts(folder.toUri().toURL());
    }

    @Test
    void aProducerWhoseContractsAreNotOnTheClasspathIsNamed() throws Exception {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> withClasspath(
                folder.toUri().toURL(), () -> EventExamples.of("notification-service").types()));
        assertTrue(missing.getMessage().contains("notification-service-events"), missing.getMessage());
    }

    private static void assertCaseServiceContracts(URL classpath) throws Exception {
        EventExamples cases = EventExamples.of("case-service");
        assertEquals(List.of(new EventType("case.assigned", 1), new EventType("case.referred", 1),
                new EventType("case.referred", 2)), withClasspath(classpath, cases::types));

        ObjectNode first = withClasspath(classpath, () -> cases.load("case.assigned", 1));
        ObjectNode second = withClasspath(classpath, () -> cases.load("case.assigned", 1));
        assertEquals("GZ-2026-000123", first.get("data").get("reference").asText());
        assertNotEquals(first.get("id"), second.get("id"), "each example loaded is a new event");
        assertEquals("events/case-service/case.referred.v2.schema.json", cases.schema("case.referred", 2));
    }

    private static <T> T withClasspath(URL classpath, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath}, null)) {
            thread.setContextClassLoader(loader);
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
