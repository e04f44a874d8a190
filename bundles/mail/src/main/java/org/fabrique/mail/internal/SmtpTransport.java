package org.fabrique.mail.internal;

import java.time.Clock;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each mail over its own SMTP connection, with the configured security and credentials. */
final class SmtpTransport implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);

    private final SmtpSettings settings;
    private final MessageComposer composer;

    SmtpTransport(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.composer = new MessageComposer(settings.sender(), clock);
    }

    @Override
    public void deliver(Mail mail) throws DeliveryFailure {
        // In OSGi, Jakarta Mail and Activation find their providers and their content handlers
        // (META-INF/javamail.*, META-INF/mailcap) through the context class loader: without its own
        // loader there, a multipart fails with "no object DCH for MIME type multipart/alternative".
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Session session = Session.getInstance(settings.sessionProperties());
            MimeMessage message = composer.compose(session, mail);
            send(session, message);
        } catch (MessagingException e) {
            throw DeliveryFailure.of(e);
        } catch (RuntimeException e) {
            throw DeliveryFailure.temporary("Unexpected failure of the mail library: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A connection kept open for many mails; failures come as MailRefused / MailUnavailable. */
    MailConnection connect() {
        return new SmtpConnection(settings, composer);
    }

    private void send(Session session, MimeMessage message) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        try {
            if (settings.authenticates()) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                transport.connect(settings.host(), settings.port(), null, null);
            }
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            close(transport);
        }
    }

    /** Once the server has accepted the mail, a failed QUIT must not make it look unsent (and sent twice). */
    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection failed", e);
        }
    }
}
