package org.fabrique.bench;

import java.util.Map;

/**
 * What the suite knows about each module: the endpoint that answers 200 once it is installed (and 404 once it
 * is gone). The one place to adjust when a module's API settles.
 */
public final class Modules {

    public static final String AGENDA = "agenda";
    public static final String NEWSLETTER = "newsletter";
    public static final String HELLO = "hello";

    private static final Map<String, String> PROBES = Map.of(
            HELLO, "/api/hello",
            AGENDA, "/api/agenda/week?week=2026-W49",
            NEWSLETTER, "/api/newsletter/lists");

    private Modules() {
    }

    /** GET path that is 200 while the module is installed, 404 otherwise. */
    public static String probe(String module) {
        return PROBES.getOrDefault(module, "/api/" + module);
    }

    /** The line printed instead of a figure that needs a module the distribution lacks. */
    public static String skipped(String module) {
        return "SKIPPED (fabrique-" + module + " not available)";
    }
}
