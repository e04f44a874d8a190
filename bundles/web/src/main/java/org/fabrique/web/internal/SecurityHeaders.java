package org.fabrique.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers on every page: no framing, no MIME sniffing, no referrer to other sites, and a content
 * security policy that allows only this site's own styles, scripts and forms (pages work without
 * JavaScript; a module adds its scripts as static files, never inline).
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' data: https:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
