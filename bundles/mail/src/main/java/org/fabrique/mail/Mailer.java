package org.fabrique.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends mail through the platform's SMTP server. A message the server cannot take at once is kept
 * in a durable outbox in the platform database and retried, so a module never has to.
 */
@ProviderType
public interface Mailer {

    /**
     * Tries to send the mail at once; when the mail server is unreachable or answers a temporary
     * failure, queues it for later delivery instead.
     *
     * @return {@link Delivery#SENT} when the server accepted it, {@link Delivery#QUEUED} when it waits
     *         in the outbox
     * @throws MailRefused     when the server refused it for good (unknown recipient, rejected message):
     *                         sending it again would fail the same way
     * @throws MailUnavailable when it could neither be sent nor queued
     */
    Delivery send(Mail mail);

    /**
     * Opens a connection to the mail server that stays open for many mails, e.g. the recipients of
     * a letter; the caller keeps its own queue and retries (nothing goes to the outbox).
     *
     * @since 1.1.0
     */
    MailConnection connect();
}
