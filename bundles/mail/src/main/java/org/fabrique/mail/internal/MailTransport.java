package org.fabrique.mail.internal;

import org.fabrique.mail.Mail;

/** Hands one mail to a mail server. */
interface MailTransport {

    /** Returns when the server has accepted the mail; throws, telling temporary from permanent, when not. */
    void deliver(Mail mail) throws DeliveryFailure;
}
