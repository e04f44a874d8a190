package org.fabrique.newsletter.internal.rest;

import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.newsletter.internal.NewsletterModule;

/** The role {@code newsletter.editor}: composes, schedules and sends letters, imports subscribers. */
final class Editors {

    static final String ROLE = NewsletterModule.EDITOR;

    private Editors() {
    }

    /** The caller, who must hold the editor role (401 if anonymous, 403 otherwise). */
    static Caller required(SecurityContext security) {
        Caller caller = Caller.required(security);
        if (!caller.hasRole(ROLE)) {
            throw new AccessDenied("Only a newsletter editor may do this.");
        }
        return caller;
    }
}
