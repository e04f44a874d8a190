package org.fabrique.mail.internal;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.MailUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MailConnection} over one Jakarta Mail transport kept open between mails. After a
 * temporary failure the transport is dropped and the next mail reconnects; after a permanent
 * refusal of one mail (RSET by Jakarta Mail) the connection goes on.
 */
final class SmtpConnection implements MailConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);

    private final SmtpSettings settings;
    private final MessageComposer composer;
    private final Session session;
    private Transport transport;

    SmtpConnection(SmtpSettings settings, MessageComposer composer) {
        this.settings = settings;
        this.composer = composer;
        this.session = withMailLoader(() -> Session.getInstance(settings.sessionProperties()));
    }

    @Override
    public void send(Mail mail) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = composer.compose(session, mail);
            Transport open = connected();
            open.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            DeliveryFailure failure = DeliveryFailure.of(e);
            if (failure.permanent()) {
                throw new MailRefused(failure.refused().isEmpty() ? "The mail server refused the mail."
                        : "The mail server refused the recipient(s): " + String.join(", ", failure.refused()) + ".");
            }
            drop();
            throw new MailUnavailable(failure.getMessage());
        } catch (RuntimeException e) {
            drop();
            throw new MailUnavailable("Unexpected failure of the mail library: " + e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        drop();
        Transport fresh = session.getTransport("smtp");
        if (settings.authenticates()) {
            fresh.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            fresh.connect(settings.host(), settings.port(), null, null);
        }
        transport = fresh;
        return fresh;
    }

    private void drop() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("Closing the SMTP connection failed", e);
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        withMailLoader(() -> {
            drop();
            return null;
        });
    }

    private static <T> T withMailLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
