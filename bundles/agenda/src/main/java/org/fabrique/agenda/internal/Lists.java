package org.fabrique.agenda.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The short lists of an event (categories, tags, accessibility, exception dates) as stored: comma-separated. */
final class Lists {

    private Lists() {
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String join(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.trim().replace(",", " "))
                .distinct().toList();
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    static List<String> lower(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null).map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
