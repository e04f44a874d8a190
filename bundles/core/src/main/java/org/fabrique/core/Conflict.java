package org.fabrique.core;

/** HTTP 409: Conflict, naming the field at fault. */
public class Conflict extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public Conflict(String field, String message) {
        super(409, "Conflict", field, message);
    }
}
