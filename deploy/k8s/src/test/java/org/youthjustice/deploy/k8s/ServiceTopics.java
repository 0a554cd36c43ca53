package org.youthjustice.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka topics a service uses, read from its code: the topics it publishes (the {@code TOPIC} constants of its
 * {@code messaging/out/*Events.java}, written through the outbox) and, from its application.properties, the topics it
 * consumes ({@code mp.messaging.incoming.<channel>.topic}) and their dead-letter topics
 * ({@code ...dead-letter-queue.topic}). The app name is the service's directory name, as in the manifests.
 */
record ServiceTopics(String app, Set<String> published, Set<String> consumed, Set<String> deadLetters) {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");

    /** What the service may write: its own topics and the dead-letter topics of what it consumes. */
    Set<String> writes() {
        Set<String> writes = new TreeSet<>(published);
        writes.addAll(deadLetters);
        return writes;
    }

    Set<String> all() {
        Set<String> all = writes();
        all.addAll(consumed);
        return all;
    }

    /** Every top-level directory of the repository that has application.properties under src/main/resources. */
    static List<ServiceTopics> scan(Path repository) {
        List<ServiceTopics> services = new ArrayList<>();
        try (Stream<Path> directories = Files.list(repository)) {
            for (Path directory : directories.sorted().toList()) {
                Path properties = directory.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(properties)) {
                    services.add(read(directory, properties));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return services;
    }

    private static ServiceTopics read(Path directory, Path file) throws IOException {
        Set<String> published = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            String name = PROFILE.matcher(key).replaceFirst("");
            String topic = properties.getProperty(key).trim();
            if (name.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(topic);
            } else if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                consumed.add(topic);
            } else if (name.endsWith(".topic")) {
                published.add(topic);
            }
        }
        Path sources = directory.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path events : files.filter(f -> f.getParent().endsWith(Path.of("messaging", "out"))
                        && f.getFileName().toString().endsWith("Events.java")).toList()) {
                    Matcher constant = TOPIC_CONSTANT.matcher(Files.readString(events));
                    while (constant.find()) {
                        published.add(constant.group(1));
                    }
                }
            }
        }
        return new ServiceTopics(directory.getFileName().toString(), published, consumed, deadLetters);
    }
}
