package org.fabrique.newsletter.internal;

/** What a structure's member submits: a title, a sentence or two, a link. */
public record NewPromotion(Long structureId, String title, String summary, String link) {
}
