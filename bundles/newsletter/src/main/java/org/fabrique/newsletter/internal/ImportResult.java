package org.fabrique.newsletter.internal;

/** What an import did: rows added to the list, and rows whose address was already on it (left as they were). */
public record ImportResult(int added, int alreadyThere) {
}
