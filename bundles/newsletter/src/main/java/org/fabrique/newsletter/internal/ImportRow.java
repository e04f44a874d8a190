package org.fabrique.newsletter.internal;

/** One subscriber of an import: an address and, if known, a name. */
public record ImportRow(String email, String name) {
}
