package org.fabrique.web.internal;

/**
 * A module's home section, rendered. {@code html} is the module's fragment, inserted unescaped;
 * {@code anchor} is a safe HTML id made from the section id.
 */
public record SectionView(String anchor, String title, String html) {
}
