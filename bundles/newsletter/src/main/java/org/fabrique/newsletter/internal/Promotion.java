package org.fabrique.newsletter.internal;

import java.time.Instant;

/**
 * A news item a member structure submits for the monthly letter's cross-promotion slots;
 * {@code letterId} once an editor chose it for a letter. {@code featured} is how many items of the
 * structure were chosen so far, what the editor's choice is ordered by (least featured first).
 */
public record Promotion(long id, long structureId, String structureName, String title, String summary, String link,
        Long letterId, long featured, Instant submittedAt) {
}
