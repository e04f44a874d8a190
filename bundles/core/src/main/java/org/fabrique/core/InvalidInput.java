package org.fabrique.core;

/** HTTP 400: Invalid request, naming the field at fault. */
public class InvalidInput extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String field, String message) {
        super(400, "Invalid request", field, message);
    }
}
