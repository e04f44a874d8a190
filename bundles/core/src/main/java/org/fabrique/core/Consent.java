package org.fabrique.core;

import java.time.Instant;

/**
 * One recorded decision of a person: they agreed to (or withdrew) a purpose, for a scope such
 * as a module ({@code newsletter}) or a structure ({@code structure/12}), at a time, from a source
 * (the page or the API call where they decided).
 */
public record Consent(long id, long personId, String purpose, String scope, boolean granted,
        Instant recordedAt, String source) {
}
