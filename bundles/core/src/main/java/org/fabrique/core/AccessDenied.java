package org.fabrique.core;

/** HTTP 403: the caller is known but may not do this. */
public class AccessDenied extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String detail) {
        super(403, "Forbidden", null, detail);
    }
}
