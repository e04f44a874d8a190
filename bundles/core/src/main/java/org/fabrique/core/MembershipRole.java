package org.fabrique.core;

/** The role of a person in a structure, from the least to the most responsibility. */
public enum MembershipRole {
    MEMBER, VOLUNTEER, STAFF, COORDINATOR;

    /** Reads the value without regard to case, as query parameters spell it ({@code venue}). */
    public static MembershipRole fromString(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
