package org.youthjustice.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.youthjustice.platform.testing.JvmWide;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real SMTP server (GreenMail) on a free port, started once per test JVM, with {@code quarkus.mailer.host} and
 * {@code port} pointed at it. Tests read what it received with {@link #received()}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "yjs.test.smtp.port";
    private static final ObjectName MAILBOX = JvmWide.name("Mailbox");

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", port());
    }

    @Override
    public void stop() {
        // The server outlives one application start: the JVM shutdown hook stops it.
    }

    private static String port() {
        return JvmWide.once(PORT, () -> {
            GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            JvmWide.register(MAILBOX, new Mailbox(server));
            JvmWide.onShutdown("greenmail", server::stop);
            return String.valueOf(server.getSmtp().getPort());
        });
    }

    /** Every mail the server received so far, parsed. */
    public static List<MimeMessage> received() {
        try {
            String[] raw = (String[]) ManagementFactory.getPlatformMBeanServer()
                    .invoke(MAILBOX, "messages", new Object[0], new String[0]);
            Session session = Session.getInstance(new Properties());
            return Arrays.stream(raw).map(text -> parse(session, text)).toList();
        } catch (JMException e) {
            throw new IllegalStateException("the test SMTP server is not running", e);
        }
    }

    /** The mails received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage parse(Session session, String text) {
        try {
            return new MimeMessage(session, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
