package org.fabrique.core;

/** What kind of structure a member of the Fabrique is. */
public enum StructureKind {
    ASSOCIATION, COOPERATIVE, COMPANY, VENUE, COLLECTIVE, PUBLIC_BODY;

    /** Reads the value without regard to case, as query parameters spell it ({@code venue}). */
    public static StructureKind fromString(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
