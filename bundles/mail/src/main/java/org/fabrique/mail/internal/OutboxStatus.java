package org.fabrique.mail.internal;

/** Where a mail of the outbox stands. */
enum OutboxStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** Accepted by the mail server; its bodies are erased. */
    SENT,
    /** Refused for good, or out of attempts; the last error says why. */
    FAILED
}
