package org.fabrique.core;

/** What a single-use link sent by e-mail lets its holder do; a token is good for one purpose only. */
public enum OneTimePurpose {
    /** Proves that the person receives mail at their address (sign-up confirmation). */
    CONFIRM_EMAIL,
    /** Lets the person choose a new password without the old one (forgotten password). */
    RESET_PASSWORD;

    /** Reads the value without regard to case, as query parameters spell it ({@code reset_password}). */
    public static OneTimePurpose fromString(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
