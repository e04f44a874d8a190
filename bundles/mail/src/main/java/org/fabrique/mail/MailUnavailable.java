package org.fabrique.mail;

import org.fabrique.core.FabriqueException;

/** HTTP 503: the mail could neither be sent nor kept in the outbox for later; try again later. */
public class MailUnavailable extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public MailUnavailable(String detail) {
        super(503, "Mail unavailable", null, detail);
    }
}
