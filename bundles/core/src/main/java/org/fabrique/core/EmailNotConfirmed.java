package org.fabrique.core;

/**
 * HTTP 401 at login: the credentials are right, but the person signed up themselves and has not yet
 * followed the confirmation link sent to their address.
 */
public class EmailNotConfirmed extends AuthenticationRequired {

    private static final long serialVersionUID = 1L;

    public EmailNotConfirmed() {
        super("Confirm your e-mail address first: follow the link of the mail you received.");
    }
}
