package org.fabrique.web;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the site is reached from outside, for the absolute links a module writes into mails, feeds,
 * embeds and JSON-LD. Set by the operator in {@code etc/org.fabrique.web.cfg} ({@code publicUrl}).
 */
@ProviderType
public interface Site {

    /** The public address without a trailing slash, e.g. {@code https://fabrique-transition.fr}. */
    String publicUrl();

    /** The absolute URL of a path on the site, e.g. {@code absolute("/agenda")}; absolute URLs are returned as they are. */
    default String absolute(String path) {
        if (path == null || path.isEmpty()) {
            return publicUrl() + "/";
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return publicUrl() + (path.startsWith("/") ? path : "/" + path);
    }
}
