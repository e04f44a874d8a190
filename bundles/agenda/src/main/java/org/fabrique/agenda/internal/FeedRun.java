package org.fabrique.agenda.internal;

import java.time.Instant;
import java.util.List;

/**
 * The report of one import of a feed.
 *
 * @param outcome    {@code OK}, or {@code FAILED} when the feed itself could not be read (then {@code error} says why
 *                   and no event was touched)
 * @param rejections one line per rejected event: its UID (or position) and the reason
 */
public record FeedRun(long id, long feedId, Instant startedAt, Instant finishedAt, String outcome, String error,
        int added, int updated, int unchanged, int removed, int rejected, List<String> rejections) {
}
