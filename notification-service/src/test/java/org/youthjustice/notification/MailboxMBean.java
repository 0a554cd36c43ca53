package org.youthjustice.notification;

/** What tests read of the shared SMTP server, whichever class loader started it. */
public interface MailboxMBean {

    /** Every mail received so far, each as its raw RFC 5322 text. */
    String[] messages();
}
