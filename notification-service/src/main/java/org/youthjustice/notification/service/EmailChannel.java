package org.youthjustice.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends an alert's e-mail to the subscriber's stored address, in their language, as plain text with a footer on how
 * to change their preferences. The blocking mailer waits at most {@code quarkus.mailer.timeout}. The Message-ID is
 * derived from the delivery id, so that a resent e-mail (after a timeout whose mail had arrived) is recognisable as
 * the same one.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    /** SMTP's "requested mail action completed": the only way the mailer returns. */
    static final int ACCEPTED = 250;

    /** The domain of the from address, plain ({@code alerts@x}) or named ({@code Alerts <alerts@x>}). */
    private static final Pattern DOMAIN = Pattern.compile("@([^>\\s]+)");

    @Inject
    Mailer mailer;

    @Inject
    AlertTexts texts;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome send(Delivery delivery, Notification notification) {
        Optional<Mailbox> subscriber = mailboxOf(delivery.recipient);
        if (subscriber.isEmpty() || subscriber.get().address() == null) {
            return Outcome.permanentFailure(null, "the subscriber has no e-mail address");
        }
        String locale = subscriber.get().locale();
        AlertTexts.Texts text = texts.render(notification, locale);
        Mail mail = Mail.withText(subscriber.get().address(), text.subject(),
                        text.body() + "\n\n-- \n" + texts.footer(locale))
                .addHeader("Message-ID", messageId(delivery));
        try {
            mailer.send(mail);
            return Outcome.delivered(ACCEPTED);
        } catch (RuntimeException e) {
            return outcomeOf(e);
        }
    }

    /** Where a subscriber's e-mails go (their chosen address, else their token's; null: none) and in which language. */
    private record Mailbox(String address, String locale) {
    }

    /**
     * The subscriber's address and locale as stored at this moment: two columns of one row, read on a connection of
     * the pool outside any transaction (the attempt holds none while it sends).
     */
    private Optional<Mailbox> mailboxOf(String subject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select coalesce(email, token_email), locale from subscriber where subject = ?")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Mailbox(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            // the database is away: a transient failure, tried again after the backoff
            throw new IllegalStateException("the subscriber could not be read", e);
        }
    }

    /** {@code <delivery id@the sender's domain>}: the same for every attempt of one delivery. */
    private String messageId(Delivery delivery) {
        Matcher domain = DOMAIN.matcher(from);
        return "<" + delivery.id + "@" + (domain.find() ? domain.group(1) : "notification-service.invalid") + ">";
    }

    /**
     * A 4xx reply is worth another attempt, a 5xx one is not; no reply at all (refused connection, timeout) is
     * transient. The error names the reply code or the failure's class, never the server's text, which may quote
     * the address.
     */
    static Outcome outcomeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                int code = smtp.getReplyCode();
                String error = "SMTP reply " + code;
                return code >= 500 ? Outcome.permanentFailure(code, error) : Outcome.transientFailure(code, error);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return Outcome.transientFailure(null, "no SMTP reply: " + root.getClass().getSimpleName());
    }
}
