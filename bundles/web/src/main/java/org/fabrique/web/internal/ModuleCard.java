package org.fabrique.web.internal;

/** An installed module as the home page presents it. */
public record ModuleCard(String name, String description, String href) {
}
