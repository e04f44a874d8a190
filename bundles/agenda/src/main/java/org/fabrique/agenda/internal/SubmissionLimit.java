package org.fabrique.agenda.internal;

import org.fabrique.core.FabriqueException;

/** HTTP 429: too many submissions from this address or this network address in the last hour. */
public class SubmissionLimit extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public SubmissionLimit(int perHour) {
        super(429, "Too Many Requests", "authorEmail",
                "At most " + perHour + " submissions an hour from one address; try again later.");
    }
}
