package org.fabrique.core;

/** HTTP 404: no record of this kind with this id. */
public class NotFound extends FabriqueException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, Object id) {
        super(404, "Not Found", null, "No " + what + " with id " + id + ".");
    }
}
