package org.fabrique.mail;

/** What became of a mail handed to {@link Mailer#send(Mail)}. */
public enum Delivery {

    /** The mail server accepted the message. */
    SENT,

    /**
     * The mail server could not take the message now (unreachable, or a temporary 4xx answer): it is
     * in the durable outbox and will be retried with a growing delay.
     */
    QUEUED
}
