package org.youthjustice.notification.service;

import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.service.DeliveryChannel.Outcome;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How an SMTP failure is classified, from the failures the mailer raises (the delivered case is in EmailChannelTest). */
class EmailOutcomeTest {

    @Test
    void aTemporaryReplyIsTriedAgainAndAPermanentOneIsNot() {
        assertEquals(new Outcome(Outcome.Kind.TRANSIENT, 421, "SMTP reply 421"),
                EmailChannel.outcomeOf(new CompletionException(smtp(421))));
        assertEquals(new Outcome(Outcome.Kind.TRANSIENT, 452, "SMTP reply 452"), EmailChannel.outcomeOf(smtp(452)));
        assertEquals(new Outcome(Outcome.Kind.PERMANENT, 550, "SMTP reply 550"),
                EmailChannel.outcomeOf(new CompletionException(smtp(550))));
    }

    @Test
    void noReplyAtAllIsTriedAgain() {
        assertEquals(new Outcome(Outcome.Kind.TRANSIENT, null, "no SMTP reply: ConnectException"),
                EmailChannel.outcomeOf(new CompletionException(new ConnectException("Connection refused"))));
        assertEquals(Outcome.Kind.TRANSIENT,
                EmailChannel.outcomeOf(new io.smallrye.mutiny.TimeoutException()).kind());
    }

    private static SMTPException smtp(int code) {
        return new SMTPException("reply", code, List.of(code + " refused for <someone@example.org>"), false);
    }
}
