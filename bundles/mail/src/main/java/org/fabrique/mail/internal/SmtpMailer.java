package org.fabrique.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.MailUnavailable;
import org.fabrique.mail.Mailer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Mailer}: sends at once over SMTP, and queues in the outbox what the server cannot take yet. */
@Component(service = Mailer.class, configurationPid = MailConfig.PID)
@Designate(ocd = MailConfig.class)
public class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Outbox outbox;
    private final SmtpTransport transport;
    private final RetryPolicy policy;
    private final Clock clock;

    @Activate
    public SmtpMailer(@Reference Outbox outbox, MailConfig config) {
        this(outbox, SmtpSettings.from(config), RetryPolicy.from(config), Clock.systemUTC());
    }

    private SmtpMailer(Outbox outbox, SmtpSettings settings, RetryPolicy policy, Clock clock) {
        this(outbox, new SmtpTransport(settings, clock), policy, clock);
        LOG.info("Mail goes out through {}", settings);
    }

    SmtpMailer(Outbox outbox, SmtpTransport transport, RetryPolicy policy, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Delivery send(Mail mail) {
        Objects.requireNonNull(mail, "mail");
        try {
            transport.deliver(mail);
            return Delivery.SENT;
        } catch (DeliveryFailure failure) {
            if (failure.permanent()) {
                LOG.warn("The mail server refused a mail: {}", failure.getMessage());
                throw new MailRefused(refusal(failure));
            }
            return queue(mail, failure);
        }
    }

    @Override
    public MailConnection connect() {
        return transport.connect();
    }

    private Delivery queue(Mail mail, DeliveryFailure failure) {
        Instant now = clock.instant();
        try {
            long id = outbox.enqueue(mail, 1, now, now.plus(policy.delayAfter(1)), failure.getMessage());
            LOG.info("Mail {} queued, the mail server could not take it: {}", id, failure.getMessage());
            return Delivery.QUEUED;
        } catch (RuntimeException e) {
            LOG.error("A mail could neither be sent ({}) nor queued", failure.getMessage(), e);
            throw new MailUnavailable("The mail server cannot take the mail now, and it could not be kept for later.");
        }
    }

    /** Names the refused recipients, not the server's whole answer (which may describe its internals). */
    private static String refusal(DeliveryFailure failure) {
        return failure.refused().isEmpty() ? "The mail server refused the mail."
                : "The mail server refused the recipient(s): " + String.join(", ", failure.refused()) + ".";
    }
}
