package org.fabrique.newsletter.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.mail.Flags;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce mailbox (IMAP or POP3, Jakarta Mail) every {@code bouncePollSeconds}: each
 * delivery-status notification is recorded by {@link Bounces} and deleted; other mail is left
 * there, marked read, for a person to look at.
 */
@Component(service = BounceMailbox.class, immediate = true, configurationPid = NewsletterConfig.PID)
public class BounceMailbox {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);

    private final Bounces bounces;
    private final MailboxSettings settings;
    private final ScheduledExecutorService timer;

    @Activate
    public BounceMailbox(@Reference Bounces bounces, NewsletterConfig config) {
        this(bounces, MailboxSettings.from(config));
        if (settings.enabled()) {
            timer.scheduleWithFixedDelay(this::pollQuietly, 10, Math.max(10, config.bouncePollSeconds()),
                    TimeUnit.SECONDS);
            LOG.info("Bounces read from {}", settings);
        }
    }

    BounceMailbox(Bounces bounces, MailboxSettings settings) {
        this.bounces = bounces;
        this.settings = settings;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fabrique-newsletter-bounces");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warn("The bounce mailbox {} could not be read: {}", settings, e.toString());
        }
    }

    /** Reads the mailbox once; answers how many bounces were recorded. */
    int poll() throws MessagingException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail finds its providers through the context class loader (see the mail bundle).
        thread.setContextClassLoader(Session.class.getClassLoader());
        int recorded = 0;
        try {
            Store store = Session.getInstance(settings.sessionProperties()).getStore(settings.protocol());
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                try {
                    for (Message message : inbox.getMessages()) {
                        if (message.isSet(Flags.Flag.SEEN) && !settings.protocol().startsWith("pop3")) {
                            continue;
                        }
                        Optional<BounceReport> report = BounceReport.of((MimeMessage) message);
                        if (report.isPresent()) {
                            bounces.record(report.get());
                            message.setFlag(Flags.Flag.DELETED, true);
                            recorded++;
                        } else {
                            message.setFlag(Flags.Flag.SEEN, true);
                        }
                    }
                } finally {
                    inbox.close(true);
                }
            } finally {
                store.close();
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return recorded;
    }
}
