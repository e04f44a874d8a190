package org.fabrique.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fabrique.bench.Karaf;
import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Shared;

/**
 * Scenario 4: 100 uninstall/install cycles of the module (bench.module, hello by default) in the running
 * distribution. After a warm-up of 3 cycles (classes that other bundles load once for the first module), heap
 * used after a full GC (jcmd GC.run, twice, then GC.heap_info) and live classes (loaded minus unloaded, from
 * jcmd PerfCounter.print) before and every 25 cycles. Growth per cycle from the first to the last sample;
 * verdict PASS when below 1 class and 64 KiB per cycle.
 */
public final class Leaks implements Scenario {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");
    static final double MAX_CLASSES_PER_CYCLE = 1;
    static final double MAX_KIB_PER_CYCLE = 64;

    @Override
    public List<String> keys() {
        return List.of("4", "leaks");
    }

    @Override
    public Verdict run(Options options, Shared shared) throws Exception {
        Platform platform = shared.platform();
        String module = options.module();
        if (!platform.available(module)) {
            return Verdict.skipped(Modules.skipped(module));
        }
        int cycles = options.brief() ? 10 : 100;
        int every = options.brief() ? 5 : 25;
        if (!platform.installedModules().contains(module)) {
            platform.installAndWait(module);
        }
        for (int i = 0; i < 3; i++) {
            platform.uninstallAndWait(module);
            platform.installAndWait(module);
        }
        List<String> details = new ArrayList<>();
        long[] first = sample(platform.karaf());
        long[] last = first;
        details.add(line(0, first));
        for (int cycle = 1; cycle <= cycles; cycle++) {
            platform.uninstallAndWait(module);
            platform.installAndWait(module);
            if (cycle % every == 0) {
                last = sample(platform.karaf());
                details.add(line(cycle, last));
            }
        }
        double kibPerCycle = (last[0] - first[0]) / (double) cycles;
        double classesPerCycle = (last[1] - first[1]) / (double) cycles;
        String counts = String.format(Locale.ROOT, "module %s, cycles %d, heap after GC %d → %d KiB (%+.1f KiB/cycle), "
                + "live classes %d → %d (%+.2f/cycle), class loaders %d → %d", module, cycles, first[0], last[0],
                kibPerCycle, first[1], last[1], classesPerCycle, first[2], last[2]);
        return Verdict.of(kibPerCycle < MAX_KIB_PER_CYCLE && classesPerCycle < MAX_CLASSES_PER_CYCLE, counts,
                details);
    }

    private static String line(int cycle, long[] sample) {
        return "after cycle " + cycle + ": heap " + sample[0] + " KiB, live classes " + sample[1]
                + ", class loaders " + sample[2];
    }

    /** {heap used KiB after full GC, live classes, class loaders}. */
    static long[] sample(Karaf karaf) throws Exception {
        karaf.jcmd("GC.run");
        karaf.jcmd("GC.run");
        String heap = karaf.jcmd("GC.heap_info");
        Matcher used = USED.matcher(heap);
        if (!used.find()) {
            throw new IllegalStateException("no heap use in jcmd GC.heap_info: " + heap);
        }
        String counters = karaf.jcmd("PerfCounter.print");
        long loaded = counter(counters, "java.cls.loadedClasses") + counter(counters, "java.cls.sharedLoadedClasses");
        long unloaded = counter(counters, "java.cls.unloadedClasses")
                + counter(counters, "java.cls.sharedUnloadedClasses");
        String loaders = karaf.jcmd("VM.classloader_stats");
        long count = loaders.lines().filter(l -> l.matches("^0x[0-9a-f]+\\s+.*")).count();
        return new long[] { Long.parseLong(used.group(1)), loaded - unloaded, count };
    }

    private static long counter(String counters, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(\\d+)").matcher(counters);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
