package org.fabrique.agenda.internal;

import java.util.List;
import java.util.Map;

import org.fabrique.core.Language;

/** The agenda's usual categories, with their names; events may carry others (imported feeds do). */
final class Categories {

    private static final List<String[]> KNOWN = List.of(
            new String[] {"concert", "Concert", "Concert"},
            new String[] {"exposition", "Exposition", "Exhibition"},
            new String[] {"atelier", "Atelier", "Workshop"},
            new String[] {"conference", "Conférence, débat", "Talk"},
            new String[] {"projection", "Projection", "Screening"},
            new String[] {"spectacle", "Spectacle", "Show"},
            new String[] {"marche", "Marché", "Market"},
            new String[] {"repair-cafe", "Repair café", "Repair café"},
            new String[] {"balade", "Balade, visite", "Walk, visit"},
            new String[] {"fete", "Fête", "Party"});

    private Categories() {
    }

    static List<Map<String, Object>> choices(Language language) {
        return KNOWN.stream().map(c -> Map.<String, Object>of("value", c[0], "label", language == Language.EN ? c[2] : c[1]))
                .toList();
    }
}
