package org.fabrique.core;

/** A membership is requested by the person (pending) until a coordinator accepts it (active). */
public enum MembershipStatus {
    PENDING, ACTIVE;

    /** Reads the value without regard to case, as query parameters spell it ({@code venue}). */
    public static MembershipStatus fromString(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
