package org.fabrique.bench;

import java.io.IOException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A local SMTP server that accepts everything (GreenMail), for the platform and the JavaMail baseline alike. */
public final class SmtpSink implements AutoCloseable {

    private final GreenMail mail;
    private final int port;

    public SmtpSink() throws IOException {
        port = Karaf.freePort();
        mail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    public int port() {
        return port;
    }

    public int received() {
        return mail.getReceivedMessages().length;
    }

    /** How many messages each To address received. */
    public java.util.Map<String, Integer> perRecipient() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        try {
            for (javax.mail.internet.MimeMessage message : mail.getReceivedMessages()) {
                javax.mail.Address[] to = message.getRecipients(javax.mail.Message.RecipientType.TO);
                for (javax.mail.Address address : to == null ? new javax.mail.Address[0] : to) {
                    counts.merge(((javax.mail.internet.InternetAddress) address).getAddress().toLowerCase(
                            java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
        } catch (javax.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public void clear() {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until at least n messages arrived (or the time-out), returns how many did. */
    public int await(int n, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        int received;
        while ((received = received()) < n && System.nanoTime() < end) {
            Http.sleep(250);
        }
        return received;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
