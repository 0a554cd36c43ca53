package org.youthjustice.platform.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A real single-node Kafka broker (KRaft, broker and controller combined) running inside the test JVM.
 *
 * <p>It keeps its ports and log directory across {@link #stop()} and {@link #start()}, so a test can take the
 * broker away and bring it back to show that producers and consumers survive an outage.
 *
 * <p>{@link #withScramListener()} adds a second listener as production's brokers have it (Strimzi's {@code tls}
 * listener): TLS with a certificate clients check, and SCRAM-SHA-512 users ({@link #addScramUser}).
 */
public final class EmbeddedKafka {

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    /** The SASL_SSL listener's port and certificate, or 0 and null without one. */
    private final int scramPort;
    private final BrokerCertificate certificate;
    private final String clusterId = Uuid.randomUuid().toString();
    private KafkaRaftServer server;
    private boolean formatted;

    private EmbeddedKafka(Path logDir, int port, int controllerPort, int scramPort, BrokerCertificate certificate) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.scramPort = scramPort;
        this.certificate = certificate;
    }

    /** A broker on free loopback ports with a fresh temporary log directory; not started yet. */
    public static EmbeddedKafka onFreePorts() {
        try {
            return new EmbeddedKafka(Files.createTempDirectory("yjs-kafka-"), freePort(), freePort(), 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #onFreePorts()}, plus a SASL_SSL listener with SCRAM-SHA-512 ({@link #scramBootstrapServers()}),
     * whose self-signed certificate is {@link #caCertificate()}. Its users are added once the broker runs.
     */
    public static EmbeddedKafka withScramListener() {
        try {
            // beside the log directory: Kafka refuses a folder in it that is not a partition's
            BrokerCertificate certificate = BrokerCertificate.generate(Files.createTempDirectory("yjs-kafka-tls-"));
            return new EmbeddedKafka(Files.createTempDirectory("yjs-kafka-"), freePort(), freePort(), freePort(),
                    certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The SASL_SSL listener: TLS, then a SCRAM-SHA-512 login. */
    public String scramBootstrapServers() {
        requireScramListener();
        return "127.0.0.1:" + scramPort;
    }

    /** The PEM file of the SASL_SSL listener's certificate, for {@code ssl.truststore.location}. */
    public Path caCertificate() {
        requireScramListener();
        return certificate.pem();
    }

    /**
     * Creates or changes a SCRAM-SHA-512 user (through the plaintext listener, as Strimzi's user operator does through
     * its own) and returns once the SASL_SSL listener accepts its login.
     */
    public void addScramUser(String user, String password) {
        requireScramListener();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not add the SCRAM user " + user, e);
        }
        Map<String, Object> login = new HashMap<>(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, scramBootstrapServers(),
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", scramJaasConfig(user, password),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", caCertificate().toString(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        try (Admin admin = Admin.create(login)) {
            await("SCRAM user " + user + " accepted").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        }
    }

    /** The {@code sasl.jaas.config} of a SCRAM user, as Strimzi writes it into the user's Secret. */
    public static String scramJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private void requireScramListener() {
        if (certificate == null) {
            throw new IllegalStateException("this broker has no SCRAM listener (EmbeddedKafka.withScramListener())");
        }
    }

    Path logDir() {
        return logDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker and returns once it answers a cluster description. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties properties = serverProperties();
        if (!formatted) {
            format(properties);
            formatted = true;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        awaitReady();
    }

    /** Shuts the broker down; its data stays for the next {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /**
     * Shuts the broker down for good and deletes its log directory (and certificate), so that test runs leave nothing
     * behind.
     */
    public synchronized void close() {
        stop();
        delete(logDir);
        if (certificate != null) {
            delete(certificate.pem().getParent());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        if (certificate != null) {
            p.put("listeners", p.get("listeners") + ",SASL_SSL://127.0.0.1:" + scramPort);
            p.put("advertised.listeners", p.get("advertised.listeners") + ",SASL_SSL://127.0.0.1:" + scramPort);
            p.put("listener.security.protocol.map", p.get("listener.security.protocol.map") + ",SASL_SSL:SASL_SSL");
            p.put("listener.name.sasl_ssl.sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
            p.put("listener.name.sasl_ssl.ssl.keystore.location", certificate.keyStore().toString());
            p.put("listener.name.sasl_ssl.ssl.keystore.password", certificate.keyStorePassword());
        }
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private void format(Properties properties) {
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            properties.store(out, "embedded test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            await("Kafka broker ready").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
