package org.fabrique.bench.figures;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.fabrique.bench.Http;
import org.fabrique.bench.Modules;
import org.fabrique.bench.NewsletterContract;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Report;
import org.fabrique.bench.Samples;
import org.fabrique.bench.Shared;
import org.fabrique.bench.SmtpSink;

/**
 * Figure 5: a letter to 20 000 recipients through a local SMTP sink, from the send request to the sink holding
 * every message; baseline: a plain JavaMail loop (one SMTP connection, one message per recipient) to the same
 * sink. The baseline is measured even when the newsletter is absent; the figure itself is then SKIPPED.
 */
public final class NewsletterSend implements Figure {

    static final int RECIPIENTS = 20_000;

    @Override
    public List<String> numbers() {
        return List.of("5");
    }

    @Override
    public void run(Options options, Shared shared, Report report) throws Exception {
        int runs = Math.max(1, Math.min(options.runs(), 3));
        Platform platform = shared.platform();
        boolean present = platform.installedModules().contains(Modules.NEWSLETTER);
        try (SmtpSink sink = new SmtpSink()) {
            Samples baseline = new Samples();
            javaMailLoop(sink, 1000);
            for (int run = 0; run < runs; run++) {
                sink.clear();
                baseline.add(javaMailLoop(sink, RECIPIENTS));
            }
            if (!present) {
                Samples shown = baseline;
                report.skipped("5 newsletter to 20 000 via SMTP sink", Modules.skipped(Modules.NEWSLETTER)
                        + " | baseline JavaMail loop median " + String.format(java.util.Locale.ROOT, "%.1f s",
                                shown.median()) + " (n=" + shown.count() + ")");
                return;
            }
            configure(platform, sink, report);
            Samples letters = new Samples();
            Samples rss = new Samples();
            Samples heap = new Samples();
            for (int run = 0; run < runs; run++) {
                long list = NewsletterContract.listWithSubscribers(platform, RECIPIENTS);
                sink.clear();
                long start = System.nanoTime();
                long letter = NewsletterContract.send(platform, list);
                long end = System.nanoTime() + Duration.ofMinutes(20).toNanos();
                int received;
                int polls = 0;
                while ((received = sink.received()) < RECIPIENTS && System.nanoTime() < end) {
                    rss.add(platform.karaf().rssKib() / 1024.0);
                    if (polls++ % 8 == 0) {
                        heap.add(heapUsedMib(platform));
                    }
                    Http.sleep(250);
                }
                if (received < RECIPIENTS) {
                    throw new IllegalStateException("the sink got " + received + " of " + RECIPIENTS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                letters.add(RECIPIENTS / seconds);
                report.note(String.format(java.util.Locale.ROOT, "5 run %d: %d messages in %.1f s, progress %s", run,
                        received, seconds, NewsletterContract.progress(platform, letter)));
            }
            Samples baselineRate = new Samples();
            for (double seconds : baseline.values()) {
                baselineRate.add(RECIPIENTS / seconds);
            }
            report.figure("5 newsletter to 20 000 via SMTP sink", "msg/s", letters, "plain JavaMail loop",
                    baselineRate);
            report.note(String.format(java.util.Locale.ROOT, "5 during the sends: Karaf RSS %.0f–%.0f MiB (median "
                    + "%.0f), heap used %.0f–%.0f MiB (median %.0f, jcmd GC.heap_info, no forced GC)", rss.min(),
                    rss.max(), rss.median(), heap.min(), heap.max(), heap.median()));
        }
    }

    /** Points the platform's mail at the sink and lifts the newsletter's throttle; reports what it set. */
    static void configure(Platform platform, SmtpSink sink, Report report) throws Exception {
        platform.karaf().configure("etc/org.fabrique.mail.cfg", "host", "localhost");
        platform.karaf().configure("etc/org.fabrique.mail.cfg", "port", String.valueOf(sink.port()));
        StringBuilder set = new StringBuilder("etc/org.fabrique.mail.cfg host=localhost port=" + sink.port()
                + "; etc/org.fabrique.newsletter.cfg");
        for (java.util.Map.Entry<String, String> key : new java.util.TreeMap<>(NewsletterContract.FAST).entrySet()) {
            platform.karaf().configure("etc/org.fabrique.newsletter.cfg", key.getKey(), key.getValue());
            set.append(' ').append(key.getKey()).append('=').append(key.getValue());
        }
        report.note("5 set: " + set);
        Http.sleep(5000);
    }

    private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K");

    static double heapUsedMib(Platform platform) throws Exception {
        java.util.regex.Matcher used = USED.matcher(platform.karaf().jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
    }

    /** Seconds to send n messages through one connection. */
    static double javaMailLoop(SmtpSink sink, int n) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(sink.port()));
        Session session = Session.getInstance(properties);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("fabrique@localhost", "Fabrique de la Transition"));
                InternetAddress to = new InternetAddress("abonne-" + i + "@example.org");
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject("Lettre du banc d'essai", "UTF-8");
                message.setText("Bonjour à toutes et tous.", "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, new InternetAddress[] { to });
            }
        }
        sink.await(n, Duration.ofMinutes(5));
        return (System.nanoTime() - start) / 1e9;
    }
}
