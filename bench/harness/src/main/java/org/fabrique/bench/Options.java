package org.fabrique.bench;

import java.util.Arrays;
import java.util.List;

/** Options of bench/run and bench/reliability, from system properties set by the scripts. */
public record Options(int runs, String module, List<String> only, boolean brief) {

    public static Options fromSystem() {
        String only = System.getProperty("bench.only", "");
        return new Options(Integer.getInteger("bench.runs", 5), System.getProperty("bench.module", Modules.HELLO),
                only.isBlank() ? List.of() : Arrays.asList(only.split(",")),
                Boolean.getBoolean("bench.short"));
    }

    /** True if no selection was given, or one of the numbers (or names) is in it. */
    public boolean selected(List<String> keys) {
        return only.isEmpty() || keys.stream().anyMatch(only::contains);
    }
}
