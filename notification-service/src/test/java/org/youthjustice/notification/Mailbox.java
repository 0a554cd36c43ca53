package org.youthjustice.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import java.util.Arrays;

public class Mailbox implements MailboxMBean {

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    @Override
    public String[] messages() {
        return Arrays.stream(server.getReceivedMessages()).map(GreenMailUtil::getWholeMessage).toArray(String[]::new);
    }
}
