package org.youthjustice.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local run's SMTP server (GreenMail, in the launcher's JVM, on 127.0.0.1): it accepts any recipient without
 * authentication, and every mail it receives is written to {@link SuiteSettings#mailDir()} as
 * {@code <received-at>-<to>.eml}, so that a newcomer reads the alerts' e-mails with any mail reader or {@code cat}.
 * GreenMail keeps mails in memory only; the files stay after the suite stops.
 */
final class DemoMailServer implements AutoCloseable {

    static final String PART = "smtp";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final GreenMail greenMail;
    private final Path mailDir;
    /** The mails already written, by Message-ID and recipient: GreenMail lists every mailbox's copy on each read. */
    private final Set<String> written = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "smtp-mail-writer");
        thread.setDaemon(true);
        return thread;
    });

    private DemoMailServer(GreenMail greenMail, Path mailDir) {
        this.greenMail = greenMail;
        this.mailDir = mailDir;
    }

    static DemoMailServer start(SuiteSettings settings) {
        ServerSetup smtp = new ServerSetup(settings.port(PortSetting.SMTP), SuiteSettings.HOST,
                ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            Files.createDirectories(settings.mailDir());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + settings.mailDir(), e);
        }
        greenMail.start();
        DemoMailServer server = new DemoMailServer(greenMail, settings.mailDir());
        server.poller.scheduleWithFixedDelay(server::writeNewMails, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    /**
     * Writes each mail received since the last call; called each second, and once more when the server stops. A mail
     * with a Message-ID is recognised by its headers alone, so that only new mails are serialised (GreenMail lists
     * every mail it holds on each read: serialising them all each second cost more CPU than the services under load).
     */
    synchronized void writeNewMails() {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                String recipient = recipient(message);
                String messageId = message.getMessageID();
                if (messageId != null && written.contains(messageId + " " + recipient)) {
                    continue;
                }
                byte[] raw = raw(message);
                String key = (messageId == null ? sha256(raw) : messageId) + " " + recipient;
                if (written.add(key)) {
                    write(raw, recipient, Instant.now());
                }
            } catch (MessagingException | IOException e) {
                // one unreadable mail must not stop the others from being written; it is named in the launcher log
                System.err.println("[smtp] could not write a received mail to " + mailDir + ": " + e);
            }
        }
    }

    private void write(byte[] raw, String recipient, Instant receivedAt) throws IOException {
        String stem = FILE_TIME.format(receivedAt) + "-" + recipient.replaceAll("[^A-Za-z0-9@._-]", "_");
        for (int copy = 1; ; copy++) {
            Path file = mailDir.resolve(stem + (copy == 1 ? "" : "-" + copy) + ".eml");
            try {
                Files.write(file, raw, StandardOpenOption.CREATE_NEW);
                return;
            } catch (FileAlreadyExistsException e) {
                // two mails to one recipient in the same millisecond: the next file name
            }
        }
    }

    private static String recipient(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        if (to == null || to.length == 0) {
            return "unknown";
        }
        return to[0] instanceof InternetAddress address ? address.getAddress() : to[0].toString();
    }

    private static byte[] raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeNewMails();
        greenMail.stop();
    }
}
