package org.fabrique.core;

/**
 * A refusal that the platform answers as {@code application/problem+json}: its HTTP status,
 * a short title, a detail for people, and the field at fault when there is one.
 */
public abstract class FabriqueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String field;

    protected FabriqueException(int status, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The offending field, or {@code null}. */
    public String field() {
        return field;
    }
}
