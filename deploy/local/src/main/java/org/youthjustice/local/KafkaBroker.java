package org.youthjustice.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node Kafka 4.1 broker in KRaft mode (broker and controller in one process), run from the jars in the
 * launcher's {@code target/lib}, with its log directory under {@code <data>/kafka}.
 */
final class KafkaBroker {

    static final String PART = "kafka";
    /**
     * The suite's topics, created at every start when missing (with the broker's defaults), so that a consumer can
     * subscribe before the first event: notifications.v1 especially, which no service of the suite consumes.
     */
    static final List<String> TOPICS = List.of("cases.v1", "workers.v1", "contracts.v1", "notifications.v1");
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private KafkaBroker() {
    }

    static Properties serverProperties(SuiteSettings settings) {
        String host = SuiteSettings.HOST;
        int broker = settings.port(PortSetting.KAFKA);
        int controller = settings.port(PortSetting.KAFKA_CONTROLLER);
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@" + host + ":" + controller);
        properties.setProperty("listeners", "PLAINTEXT://" + host + ":" + broker + ",CONTROLLER://" + host + ":" + controller);
        properties.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + broker);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", logDirectory(settings).toString());
        // one broker: the internal topics cannot have more replicas than that
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("num.partitions", "3");
        // consumers of a freshly started suite get their partitions at once instead of after 3 s
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    static Path logDirectory(SuiteSettings settings) {
        return settings.dataDir().resolve("kafka");
    }

    /** Writes the configuration, formats the log directory on the first start only, and starts the broker. */
    static Process start(SuiteSettings settings, LaunchedProcesses processes) {
        Path config = settings.dataDir().resolve("config");
        Path properties = config.resolve("kafka.properties");
        Path logging = config.resolve("kafka-log4j2.xml");
        writeConfiguration(settings, properties, logging);
        Path log = settings.logFile(PART);
        if (!Files.exists(logDirectory(settings).resolve("meta.properties"))) {
            format(settings, processes, properties, logging, log);
        }
        ProcessBuilder broker = java(settings, logging, "kafka.Kafka", properties.toString());
        broker.redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile()));
        return processes.start(PART, broker);
    }

    static void awaitReady(SuiteSettings settings, Process broker, Duration timeout, BooleanSupplier stopping) {
        Properties client = new Properties();
        client.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        client.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        client.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        client.setProperty(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(client)) {
            Readiness.await(PART, broker, settings.logFile(PART), timeout, stopping,
                    () -> !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty());
        }
    }

    static void createTopics(SuiteSettings settings) {
        Properties client = new Properties();
        client.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        // the client refuses an API timeout below its request timeout (30 s by default)
        client.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        client.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(client)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty())).toList();
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // a service's producer may have created one in between: that is what was wanted
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new SuiteStartException("could not create the Kafka topics " + TOPICS + ": " + e.getCause(), e);
            }
        } catch (TimeoutException e) {
            throw new SuiteStartException("Kafka did not create the topics " + TOPICS + " within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("interrupted while creating the Kafka topics", e);
        }
    }

    private static void format(SuiteSettings settings, LaunchedProcesses processes, Path properties, Path logging,
            Path log) {
        ProcessBuilder format = java(settings, logging, "kafka.tools.StorageTool", "format",
                "-t", clusterId(settings), "-c", properties.toString());
        format.redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile()));
        Process process = processes.start("kafka storage format", format);
        try {
            if (!process.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new SuiteStartException("formatting the Kafka log directory took more than "
                        + FORMAT_TIMEOUT.toSeconds() + " s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("interrupted while formatting the Kafka log directory", e);
        }
        if (process.exitValue() != 0) {
            throw new SuiteStartException("formatting the Kafka log directory failed; see " + log);
        }
    }

    /** The cluster id is kept so that a log directory formatted once stays valid for every later start. */
    private static String clusterId(SuiteSettings settings) {
        Path file = settings.dataDir().resolve("kafka-cluster-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the Kafka cluster id in " + file, e);
        }
    }

    private static ProcessBuilder java(SuiteSettings settings, Path logging, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(JavaRuntime.current().toString(), "-Xmx512m",
                "-Dlog4j2.configurationFile=" + logging,
                "-cp", settings.launcherLibDir() + "/*", mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private static void writeConfiguration(SuiteSettings settings, Path properties, Path logging) {
        try {
            Files.createDirectories(properties.getParent());
            try (OutputStream out = Files.newOutputStream(properties)) {
                serverProperties(settings).store(out, "written by the local launcher at every start");
            }
            try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
                Files.copy(in, logging, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka configuration", e);
        }
    }
}
