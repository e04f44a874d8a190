package org.fabrique.agenda.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.core.InvalidInput;

/** The filter query parameters shared by the pages, the feeds and the API. */
public final class Filters {

    private Filters() {
    }

    public static AgendaFilter from(Function<String, String> parameter) {
        return new AgendaFilter(text(parameter.apply("category")), id(parameter.apply("venue"), "venue"),
                id(parameter.apply("structure"), "structure"), text(parameter.apply("neighbourhood")),
                flag(parameter.apply("free")), flag(parameter.apply("accessible")));
    }

    /** The filter as query parameters again, to carry it over links (previous and next week, feeds). */
    static Map<String, String> parameters(AgendaFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.category() != null) {
            parameters.put("category", filter.category());
        }
        if (filter.venueId() != null) {
            parameters.put("venue", filter.venueId().toString());
        }
        if (filter.structureId() != null) {
            parameters.put("structure", filter.structureId().toString());
        }
        if (filter.neighbourhood() != null) {
            parameters.put("neighbourhood", filter.neighbourhood());
        }
        if (filter.freeOnly()) {
            parameters.put("free", "true");
        }
        if (filter.accessibleOnly()) {
            parameters.put("accessible", "true");
        }
        return parameters;
    }

    public static String query(AgendaFilter filter) {
        StringBuilder query = new StringBuilder();
        parameters(filter).forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a number");
        }
    }

    private static boolean flag(String value) {
        return value != null && (value.equals("true") || value.equals("1") || value.equals("on") || value.equals("oui"));
    }
}
