package org.fabrique.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page to render: a FreeMarker template of a module and the values it shows.
 *
 * @param loader   the class loader of the bundle holding the template, usually
 *                 {@code MyServlet.class.getClassLoader()}
 * @param template the template's path in that bundle, e.g. {@code templates/hello/index.ftlh};
 *                 templates end in {@code .ftlh} so that every {@code ${...}} is HTML-escaped
 * @param title    the page title, plain text, shown in the browser tab before the site name
 * @param model    the template's values; the platform adds {@code lang}, {@code t}, {@code caller},
 *                 {@code nav}, {@code csrf}, {@code flash}, {@code title} and {@code path}, which win
 *                 over values of the same name
 * @param status   the HTTP status of the answer (200, or 400 for a form with errors, ...)
 */
public record Page(ClassLoader loader, String template, String title, Map<String, Object> model, int status) {

    public Page {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(template, "template");
        title = title == null ? "" : title;
        // A copy that allows null values: templates treat them as missing (caller??, ...).
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
    }

    /** A page answered with status 200. */
    public Page(ClassLoader loader, String template, String title, Map<String, Object> model) {
        this(loader, template, title, model, 200);
    }
}
