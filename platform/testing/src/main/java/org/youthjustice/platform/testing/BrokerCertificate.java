package org.youthjustice.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for the embedded broker's TLS listener, made by the JDK's keytool: the broker's PKCS12
 * key store, and the certificate as PEM, which clients trust as production's services trust Strimzi's cluster CA
 * ({@code ssl.truststore.type=PEM}). Valid for 127.0.0.1 (clients verify the host name), for two days.
 */
record BrokerCertificate(Path keyStore, String keyStorePassword, Path pem) {

    private static final String ALIAS = "embedded-broker";

    static BrokerCertificate generate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keyStore = dir.resolve("broker.p12");
            Path pem = dir.resolve("ca.crt");
            // a throwaway password of a throwaway test key store
            String password = UUID.randomUUID().toString();
            // an EC key: generated in milliseconds, where RSA would cost the test JVM a second
            keytool(List.of("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password));
            keytool(List.of("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keyStore.toString(),
                    "-storepass", password, "-file", pem.toString()));
            return new BrokerCertificate(keyStore, password, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(List<String> arguments) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-noprompt"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments.get(0) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }
}
