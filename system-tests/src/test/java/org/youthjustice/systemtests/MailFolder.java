package org.youthjustice.systemtests;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.youthjustice.local.SuiteSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The e-mails the suite's SMTP server received, as the local run leaves them: one {@code <received-at>-<to>.eml}
 * file each in the data directory's {@code mail/} folder (deploy/local README), read back decoded.
 */
final class MailFolder {

    /** A mail: its recipient (from the file name), decoded subject and text parts. */
    record Mail(String recipient, String subject, String text) {

        /** What a reader sees: the subject and every text part. */
        String readable() {
            return subject + "\n" + text;
        }
    }

    private final Path folder;

    MailFolder(SuiteSettings settings) {
        this.folder = settings.mailDir();
    }

    /** Every mail to {@code recipient} received so far. */
    List<Mail> to(String recipient) throws IOException, MessagingException {
        List<Mail> mails = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return mails;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith("-" + recipient + ".eml")).sorted()
                    .toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                StringBuilder text = new StringBuilder();
                appendText(message, text);
                mails.add(new Mail(recipient, String.valueOf(message.getSubject()), text.toString()));
            }
        }
        return mails;
    }

    private static void appendText(Part part, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                appendText(child, text);
            }
        }
    }
}
