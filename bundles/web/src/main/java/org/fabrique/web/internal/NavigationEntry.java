package org.fabrique.web.internal;

/**
 * One link of the main navigation, as the layout shows it.
 *
 * @param current true on the page it points to, or below it; the layout marks it {@code aria-current="page"}
 */
public record NavigationEntry(String label, String href, boolean current) {
}
