package org.fabrique.web.internal;

/** A template could not be found or failed; the visitor gets the 500 page, the log gets the cause. */
final class PageRenderingFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PageRenderingFailed(String template, Throwable cause) {
        super("Could not render " + template, cause);
    }
}
