package org.fabrique.bench.reliability;

import java.util.List;

import org.fabrique.bench.Options;
import org.fabrique.bench.Shared;

/** One scenario of bench/reliability. */
public interface Scenario {

    /** The scenario's number in the issue, then its name (both select it with --only). */
    List<String> keys();

    /** True for 1, 3 and 5, which .ci/run runs in their short version. */
    default boolean inShortRun() {
        return false;
    }

    Verdict run(Options options, Shared shared) throws Exception;

    /** PASS, FAIL or SKIPPED (...), the counts on one line, and details (e.g. each mismatch). */
    record Verdict(String verdict, String counts, List<String> details) {

        public static Verdict of(boolean pass, String counts, List<String> details) {
            return new Verdict(pass ? "PASS" : "FAIL", counts, details);
        }

        public static Verdict skipped(String reason) {
            return new Verdict(reason, "", List.of());
        }

        public boolean failed() {
            return verdict.equals("FAIL");
        }
    }
}
