package org.fabrique.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One SMTP connection kept open for many mails, from {@link Mailer#connect()}: for a module that
 * sends a lot at once (a newsletter) and keeps its own durable queue. Unlike {@link Mailer#send(Mail)},
 * nothing is ever put in the platform's outbox: the caller decides what to retry. Not thread-safe:
 * one connection per sending thread. Close it when done (try-with-resources).
 */
@ProviderType
public interface MailConnection extends AutoCloseable {

    /**
     * Sends the mail now over this connection (connecting, or reconnecting after a failure, first).
     *
     * @throws MailRefused     when the server refused it for good: sending it again would fail the same way
     * @throws MailUnavailable when the server could not take it now (unreachable, time-out, 4xx): try later
     */
    void send(Mail mail);

    /** Ends the SMTP session (QUIT); never throws. */
    @Override
    void close();
}
