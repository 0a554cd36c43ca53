package org.youthjustice.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local SMTP server takes any recipient's mail and leaves each one as a file a mail reader opens. */
class DemoMailServerTest {

    @TempDir
    Path dataDir;

    @Test
    void everyMailReceivedIsWrittenToTheMailFolderAsAnEmlFileOfItsRecipient() throws Exception {
        SuiteSettings settings = SuiteSettings.withFreePorts(Path.of("."), dataDir);
        try (DemoMailServer ignored = DemoMailServer.start(settings)) {
            send(settings, "sup.wang@demo.youthjustice.invalid", "个案 GZ-2026-000123 的探访已错过");
            send(settings, "anyone@example.invalid", "Visit missed in case GZ-2026-000124");

            List<Path> files = await().atMost(Duration.ofSeconds(10)).until(() -> mails(settings),
                    found -> found.size() == 2);

            Path wang = files.stream().filter(file -> file.getFileName().toString()
                    .endsWith("-sup.wang@demo.youthjustice.invalid.eml")).findFirst().orElseThrow();
            assertEquals("个案 GZ-2026-000123 的探访已错过", read(wang).getSubject());
            assertEquals("Alert text", read(wang).getContent().toString().trim());
        }
    }

    private static void send(SuiteSettings settings, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", SuiteSettings.HOST);
        properties.put("mail.smtp.port", String.valueOf(settings.port(PortSetting.SMTP)));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("alerts@demo.youthjustice.invalid"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Alert text", StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    private static List<Path> mails(SuiteSettings settings) throws IOException {
        try (Stream<Path> files = Files.list(settings.mailDir())) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
