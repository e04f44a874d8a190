package org.fabrique.core;

/** HTTP 401: log in first, or the token given is unknown or expired. */
public class AuthenticationRequired extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public AuthenticationRequired(String detail) {
        super(401, "Unauthorized", null, detail);
    }
}
