package org.fabrique.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.StructureKind;

/** The words the pages use for the core's kinds of structure, roles and statuses. */
final class KindLabels {

    private final Messages messages;

    KindLabels(Messages messages) {
        this.messages = messages;
    }

    String kind(StructureKind kind, Language language) {
        return messages.text(language, "structure.kind." + code(kind));
    }

    String role(MembershipRole role, Language language) {
        return messages.text(language, "membership.role." + code(role));
    }

    String status(MembershipStatus status, Language language) {
        return messages.text(language, "membership.status." + code(status));
    }

    /** Every kind as a choice of a select: value (as the API spells it) and label. */
    List<Map<String, String>> kindChoices(Language language) {
        List<Map<String, String>> choices = new ArrayList<>();
        for (StructureKind kind : StructureKind.values()) {
            choices.add(Map.of("value", code(kind), "label", kind(kind, language)));
        }
        return choices;
    }

    List<Map<String, String>> roleChoices(Language language) {
        List<Map<String, String>> choices = new ArrayList<>();
        for (MembershipRole role : MembershipRole.values()) {
            choices.add(Map.of("value", code(role), "label", role(role, language)));
        }
        return choices;
    }

    /** The lower-case name, as the API and the query parameters spell it: {@code public_body}. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named by a parameter, or {@code null} when it is missing or names none. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
