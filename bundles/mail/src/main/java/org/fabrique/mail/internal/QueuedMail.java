package org.fabrique.mail.internal;

import org.fabrique.mail.Mail;

/** A mail of the outbox that is due, with the attempts already made. */
record QueuedMail(long id, Mail mail, int attempts) {
}
