package org.fabrique.bench.figures;

import java.nio.file.Path;
import java.util.List;

import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.Modules;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Report;
import org.fabrique.bench.Samples;
import org.fabrique.bench.Settings;
import org.fabrique.bench.Shared;

/**
 * Figure 2: POST /api/admin/modules/{module} to its probe endpoint answering 200, and DELETE to 404, in the
 * running distribution. Baseline: the same Karaf installing and starting a plain bundle (the echo servlet)
 * through its own JMX bundle MBean to /bench/echo answering, and uninstalling it to 404: what OSGi, DS and the
 * HTTP whiteboard cost without the platform's feature resolution, API rebuild and migrations.
 */
public final class LiveInstall implements Figure {

    @Override
    public List<String> numbers() {
        return List.of("2");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        Platform platform = shared.platform();
        String module = options.module();
        if (!platform.available(module)) {
            report.skipped("2 live install/uninstall of " + module, Modules.skipped(module));
            return;
        }
        String probe = Modules.probe(module);
        Samples install = new Samples();
        Samples uninstall = new Samples();
        Samples deploy = new Samples();
        Samples undeploy = new Samples();
        Path echo = Settings.echoBundle();
        for (int run = 0; run <= options.runs(); run++) {
            if (platform.installedModules().contains(module)) {
                platform.uninstallAndWait(module);
            }
            long start = System.nanoTime();
            check(platform.install(module), 200);
            check(platform.http().await(probe, 200, Platform.MODULE_WAIT), 200);
            double in = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            check(platform.uninstall(module), 200);
            check(platform.http().await(probe, 404, Platform.MODULE_WAIT), 404);
            double out = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            platform.karaf().uninstallBundle(shared.echoBundle());
            check(platform.http().await("/bench/echo", 404, Platform.MODULE_WAIT), 404);
            double bundleOut = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            shared.echoBundle(platform.karaf().installBundle(echo));
            check(platform.http().await("/bench/echo", 200, Platform.MODULE_WAIT), 200);
            double bundleIn = (System.nanoTime() - start) / 1e9;
            if (run > 0) {
                install.add(in);
                uninstall.add(out);
                deploy.add(bundleIn);
                undeploy.add(bundleOut);
            }
        }
        platform.installAndWait(module);
        report.figure("2 live install " + module + " to " + probe + " 200", "s", install,
                "echo bundle (JMX install) to 200", deploy);
        report.figure("2 live uninstall " + module + " to 404", "s", uninstall, "echo bundle (JMX uninstall) to 404",
                undeploy);
    }

    private static void check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + reply);
        }
    }
}
