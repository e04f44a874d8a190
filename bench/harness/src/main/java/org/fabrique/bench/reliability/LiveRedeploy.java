package org.fabrique.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.fabrique.bench.AgendaContract;
import org.fabrique.bench.Http;
import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.ModuleData;
import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Shared;

/**
 * Scenario 3: while clients read the core API, the home page (which shows every module's home section) and
 * the agenda if installed, the module (bench.module; the newsletter once it exists, hello now) is uninstalled
 * and reinstalled 20 times (3 in the short run). Counts every non-200 answer on the other endpoints (goal 0),
 * then checks that the module's data written before is all there.
 */
public final class LiveRedeploy implements Scenario {

    @Override
    public List<String> keys() {
        return List.of("3", "live-redeploy");
    }

    @Override
    public boolean inShortRun() {
        return true;
    }

    @Override
    public Verdict run(Options options, Shared shared) throws Exception {
        Platform platform = shared.platform();
        String module = options.module().equals(Modules.HELLO) && platform.available(Modules.NEWSLETTER)
                ? Modules.NEWSLETTER : options.module();
        if (!platform.available(module)) {
            return Verdict.skipped(Modules.skipped(module));
        }
        int cycles = options.brief() ? 3 : 20;
        if (!platform.installedModules().contains(module)) {
            platform.installAndWait(module);
        }
        ModuleData data = new ModuleData(platform, module);
        if (data.supported()) {
            data.write(20);
        }
        List<String> readPaths = new ArrayList<>(List.of("/api/health", "/api/structures", "/api/modules",
                "/api/me", "/", "/structures"));
        if (platform.installedModules().contains(Modules.AGENDA) && !module.equals(Modules.AGENDA)) {
            readPaths.add(AgendaContract.WEEK_JSON);
            readPaths.add(AgendaContract.WEEK_PAGE);
        }
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> examples = new ConcurrentHashMap<>();
        AtomicLong reads = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        String token = platform.admin();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int offset = r;
            Thread reader = new Thread(() -> {
                Http http = new Http(platform.http().origin());
                for (int i = offset; !stop.get(); i++) {
                    String path = readPaths.get(i % readPaths.size());
                    Reply reply = path.equals("/api/me") ? http.get(path, token) : http.get(path, null);
                    reads.incrementAndGet();
                    if (reply.status() != 200) {
                        errors.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
                        examples.putIfAbsent(path, reply.toString());
                    }
                }
            }, "reader-" + r);
            readers.add(reader);
            reader.start();
        }
        int done = 0;
        List<String> details = new ArrayList<>();
        try {
            for (int cycle = 0; cycle < cycles; cycle++) {
                platform.uninstallAndWait(module);
                platform.installAndWait(module);
                done++;
            }
        } catch (IllegalStateException e) {
            details.add("cycle " + (done + 1) + " failed: " + e.getMessage());
        } finally {
            stop.set(true);
            for (Thread reader : readers) {
                reader.join(60_000);
            }
        }
        long failures = errors.values().stream().mapToLong(AtomicLong::get).sum();
        errors.forEach((path, count) -> details.add(path + ": " + count + " errors, e.g. " + examples.get(path)));
        int found = data.supported() ? data.found() : -1;
        boolean intact = !data.supported() || found == data.written();
        String counts = String.format("module %s, cycles %d/%d, reads %d on %d other endpoints, errors %d, "
                + "module data %s", module, done, cycles, reads.get(), readPaths.size(), failures,
                data.supported() ? found + "/" + data.written() + " records intact" : "not checked (TODO ModuleData)");
        return Verdict.of(done == cycles && failures == 0 && intact, counts, details);
    }
}
