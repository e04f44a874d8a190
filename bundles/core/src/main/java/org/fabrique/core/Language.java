package org.fabrique.core;

/** The languages of the interface: French first, English second. */
public enum Language {
    FR, EN;

    /** The language named by an ISO code, French when the code is missing or unknown. */
    public static Language of(String code) {
        return code != null && code.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : FR;
    }
}
