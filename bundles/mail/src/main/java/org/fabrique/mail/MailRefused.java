package org.fabrique.mail;

import org.fabrique.core.FabriqueException;

/**
 * HTTP 422: the mail cannot be delivered as it is: an address that does not parse, or a permanent
 * (5xx) refusal of the mail server. Sending it again would fail the same way.
 */
public class MailRefused extends FabriqueException {

    private static final long serialVersionUID = 1L;

    /** A refusal of the recipients, field {@code to}. */
    public MailRefused(String detail) {
        this("to", detail);
    }

    /** A refusal of the address in the given field ({@code to} or {@code replyTo}). */
    public MailRefused(String field, String detail) {
        super(422, "Mail refused", field, detail);
    }
}
