package org.fabrique.newsletter.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV import: one address per line, optionally followed by a name
 * ({@code email,name} or {@code email;name}, quotes removed); blank lines are skipped and a first
 * line starting with {@code email} is a header.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<ImportRow> parse(String csv) {
        List<ImportRow> rows = new ArrayList<>();
        boolean first = true;
        for (String line : (csv == null ? "" : csv).split("\\r?\\n")) {
            boolean header = first && line.trim().toLowerCase().startsWith("email");
            first = false;
            if (line.isBlank() || header) {
                continue;
            }
            String[] fields = line.split("[,;]", 2);
            String name = fields.length > 1 ? unquote(fields[1]) : null;
            rows.add(new ImportRow(unquote(fields[0]), name == null || name.isEmpty() ? null : name));
        }
        return rows;
    }

    private static String unquote(String field) {
        return field.trim().replace("\"", "");
    }
}
