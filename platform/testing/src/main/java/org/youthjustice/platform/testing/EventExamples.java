package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The event contracts a producer publishes as a small artifact (e.g. {@code case-service-events}, a test dependency
 * of the producer and of its consumers): a JSON Schema and an example of each event type and version, on the
 * classpath as {@code events/<producer>/<type>.v<version>.schema.json} and {@code ...example.json}. Consumers' tests
 * send the producer's examples; the producer's tests check what it publishes against its schemas.
 *
 * <pre>{@code
 * ObjectNode posted = EventExamples.of("worker-service").load("worker.posted", 1);
 * assertThat(data, matchesJsonSchemaInClasspath(EventExamples.of("case-service").schema("case.assigned", 1)));
 * }</pre>
 */
public final class EventExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCHEMA = Pattern.compile("(.+)\\.v([0-9]+)\\.schema\\.json");

    private final String producer;

    private EventExamples(String producer) {
        this.producer = producer;
    }

    /** The contracts of {@code producer}, e.g. {@code case-service}. */
    public static EventExamples of(String producer) {
        return new EventExamples(Objects.requireNonNull(producer));
    }

    /** An event type and version the producer publishes. */
    public record EventType(String type, int version) {
    }

    /**
     * The producer's example of {@code type} v{@code version}, with a fresh {@code id}: each call is a new event to a
     * consumer's inbox, which skips an id it has seen.
     */
    public ObjectNode load(String type, int version) {
        String name = folder() + file(type, version, "example");
        try (InputStream json = loader().getResourceAsStream(name)) {
            if (json == null) {
                throw new IllegalStateException(name + " is not on the classpath: " + missing());
            }
            ObjectNode event = (ObjectNode) JSON.readTree(json);
            return event.put("id", UUID.randomUUID().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    /** The schema of {@code type} v{@code version}: its classpath location, for matchesJsonSchemaInClasspath. */
    public String schema(String type, int version) {
        return folder() + file(type, version, "schema");
    }

    /** Every type and version the producer publishes a schema of, in order of type. */
    public List<EventType> types() {
        return files().map(SCHEMA::matcher).filter(Matcher::matches)
                .map(schema -> new EventType(schema.group(1), Integer.parseInt(schema.group(2))))
                .sorted(Comparator.comparing(EventType::type).thenComparing(EventType::version)).toList();
    }

    private String folder() {
        return "events/" + producer + "/";
    }

    private static String file(String type, int version, String kind) {
        return type + ".v" + version + "." + kind + ".json";
    }

    private String missing() {
        return "is " + producer + "-events a test dependency of this module?";
    }

    /** The file names in the producer's folder, from the contracts jar or, in an IDE, its classes folder. */
    private Stream<String> files() {
        URL folder = loader().getResource(folder());
        if (folder == null) {
            throw new IllegalStateException("no " + folder() + " on the classpath: " + missing());
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = connection.getEntryName() + (connection.getEntryName().endsWith("/") ? "" : "/");
                    return jar.stream().map(ZipEntry::getName)
                            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                            .map(name -> name.substring(prefix.length())).filter(name -> !name.isEmpty())
                            .toList().stream();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("could not list " + folder, e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : EventExamples.class.getClassLoader();
    }
}
