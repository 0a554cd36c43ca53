package org.youthjustice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A Kafka broker that lets clients in as production's does (TLS, then a SCRAM-SHA-512 login), for the
 * {@code @QuarkusTest}s of the prod profile's Kafka settings. The application gets exactly the {@code %prod.kafka.*}
 * settings its jars ship ({@code META-INF/microprofile-config.properties}: SASL_SSL, SCRAM-SHA-512, a PEM trust
 * store...), with this broker's address, its certificate and the login of {@link #USER} in place of
 * {@code KAFKA_BOOTSTRAP_SERVERS}, the mounted cluster CA and {@code KAFKA_SASL_JAAS_CONFIG}: settings that did not
 * fit production's brokers would not fit this one either.
 *
 * <p>Its own broker, started once per test JVM, so that the other tests keep the plain one of
 * {@link KafkaResource}; use it from a test profile that disables the global test resources.
 */
public class ScramKafkaResource implements QuarkusTestResourceLifecycleManager {

    /** The user the application logs in as, as each service does as its KafkaUser. */
    public static final String USER = "yjs-test-service";

    private static final String BOOTSTRAP = "yjs.test.kafka-scram.bootstrap-servers";
    private static final String CA = "yjs.test.kafka-scram.ca-certificate";
    private static final String PASSWORD = "yjs.test.kafka-scram.password";
    private static final String PROD_KAFKA = "%prod.kafka.";
    private static final String SHIPPED = "META-INF/microprofile-config.properties";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new TreeMap<>();
        clientSettings(USER, password()).forEach((name, value) -> config.put("kafka." + name, value));
        return config;
    }

    @Override
    public void stop() {
        // The broker outlives one application start: the JVM shutdown hook stops it.
    }

    /** The password of {@link #USER}, made for this test JVM. */
    public static String password() {
        bootstrapServers();
        return System.getProperty(PASSWORD);
    }

    /**
     * The settings of a Kafka client (without the {@code kafka.} prefix) as the prod profile makes them, logging in
     * to this broker as {@code user} with {@code password}.
     */
    public static Map<String, String> clientSettings(String user, String password) {
        String bootstrap = bootstrapServers();
        Map<String, String> settings = new TreeMap<>(shippedProdKafkaSettings());
        replace(settings, "bootstrap.servers", bootstrap);
        replace(settings, "ssl.truststore.location", System.getProperty(CA));
        replace(settings, "sasl.jaas.config", EmbeddedKafka.scramJaasConfig(user, password));
        return settings;
    }

    private static String bootstrapServers() {
        return JvmWide.once(BOOTSTRAP, () -> {
            EmbeddedKafka kafka = EmbeddedKafka.withScramListener();
            kafka.start();
            JvmWide.onShutdown("kafka-scram", kafka::close);
            String password = UUID.randomUUID().toString();
            kafka.addScramUser(USER, password);
            System.setProperty(PASSWORD, password);
            System.setProperty(CA, kafka.caCertificate().toString());
            return kafka.scramBootstrapServers();
        });
    }

    /** What the prod profile supplies from the environment or a mounted file, here this broker's. */
    private static void replace(Map<String, String> settings, String name, String value) {
        if (settings.put(name, value) == null) {
            throw new IllegalStateException("the prod profile sets no kafka." + name + " (" + PROD_KAFKA + name
                    + " in a " + SHIPPED + ")");
        }
    }

    /** Every {@code %prod.kafka.*} setting of the platform jars on the class path, without its prefix. */
    private static Map<String, String> shippedProdKafkaSettings() {
        Map<String, String> settings = new TreeMap<>();
        try {
            for (URL file : Collections.list(ScramKafkaResource.class.getClassLoader().getResources(SHIPPED))) {
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(in);
                }
                properties.stringPropertyNames().stream().filter(name -> name.startsWith(PROD_KAFKA))
                        .forEach(name -> settings.put(name.substring(PROD_KAFKA.length()), properties.getProperty(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
