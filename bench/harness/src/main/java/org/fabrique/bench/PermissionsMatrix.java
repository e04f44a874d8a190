package org.fabrique.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrix of docs/permissions.md, read as a machine would: every Markdown table whose header starts with
 * Method | Path (the core's under "## Matrix", then one per module), all with the same callers; one column per caller, each cell a status ("201") or "own only: 204" (that status
 * for the caller's own record, 403 for someone else's). A path may carry a variant in parentheses, e.g.
 * "/api/structures/{id}/members (for oneself)".
 */
public final class PermissionsMatrix {

    public record Cell(int status, boolean ownOnly) {
    }

    public record Row(String method, String path, String variant, List<Cell> cells) {
        @Override
        public String toString() {
            return method + " " + path + (variant.isEmpty() ? "" : " (" + variant + ")");
        }
    }

    private final List<String> callers;
    private final List<Row> rows;

    private PermissionsMatrix(List<String> callers, List<Row> rows) {
        this.callers = callers;
        this.rows = rows;
    }

    public static PermissionsMatrix read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static PermissionsMatrix parse(String markdown) {
        List<String> callers = null;
        boolean inMatrix = false;
        List<Row> rows = new ArrayList<>();
        Pattern variant = Pattern.compile("^(\\S+)\\s*\\((.*)\\)$");
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                inMatrix = false;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                cells.add(cell.trim());
            }
            if (cells.size() > 2 && cells.get(0).equals("Method") && cells.get(1).equals("Path")) {
                List<String> header = cells.subList(2, cells.size());
                if (callers != null && !callers.equals(header)) {
                    throw new IllegalArgumentException("a matrix table with other callers " + header + " than "
                            + callers + ": " + line);
                }
                callers = header;
                inMatrix = true;
                continue;
            }
            if (!inMatrix || cells.get(0).startsWith("---")) {
                continue;
            }
            String path = cells.get(1);
            String rowVariant = "";
            Matcher matcher = variant.matcher(path);
            if (matcher.matches()) {
                path = matcher.group(1);
                rowVariant = matcher.group(2);
            }
            List<Cell> parsed = new ArrayList<>();
            for (String cell : cells.subList(2, cells.size())) {
                boolean own = cell.startsWith("own only:");
                parsed.add(new Cell(Integer.parseInt(cell.replace("own only:", "").trim()), own));
            }
            if (parsed.size() != callers.size()) {
                throw new IllegalArgumentException("row with " + parsed.size() + " cells for " + callers.size()
                        + " callers: " + line);
            }
            rows.add(new Row(cells.get(0), path, rowVariant, parsed));
        }
        if (callers == null) {
            throw new IllegalArgumentException("no | Method | Path | ... table");
        }
        return new PermissionsMatrix(List.copyOf(callers), List.copyOf(rows));
    }

    public List<String> callers() {
        return callers;
    }

    public List<Row> rows() {
        return rows;
    }
}
