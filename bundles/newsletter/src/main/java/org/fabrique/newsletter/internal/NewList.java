package org.fabrique.newsletter.internal;

/** A list to create; {@code structureId} for a structure's own list. */
public record NewList(String slug, String name, String description, String visibility, Long structureId) {
}
