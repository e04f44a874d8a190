package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.MailUnavailable;
import org.fabrique.mail.Mailer;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The worker against a mailer that records what each connection sends: connections are reused for
 * a batch, refusals fail with their reason, outages are retried, the throttle holds, every
 * recipient gets the letter once, with its own unsubscribe link.
 */
public class SendWorkerTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;
    private final List<Mail> sent = new CopyOnWriteArrayList<>();
    private final Set<String> flaky = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final Mailer mailer = new Mailer() {
        @Override
        public Delivery send(Mail mail) {
            throw new UnsupportedOperationException("the worker sends over connections");
        }

        @Override
        public MailConnection connect() {
            connections.incrementAndGet();
            return new MailConnection() {
                @Override
                public void send(Mail mail) {
                    String to = mail.to().get(0);
                    if (to.startsWith("refuse")) {
                        throw new MailRefused("The mail server refused the recipient(s): " + to + ".");
                    }
                    if (flaky.remove(to)) {
                        throw new MailUnavailable("421 try again later");
                    }
                    sent.add(mail);
                }

                @Override
                public void close() {
                }
            };
        }
    };

    @Before
    public void clean() {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
    }

    private SendWorker worker(int perSecond) {
        return new SendWorker(world.queue, world.subscriptions, world.letters, world.lists, mailer, world.site,
                NewsletterFixture.config(Map.of("messagesPerSecond", perSecond, "connections", 2, "batchSize", 10,
                        "pollMillis", 50, "firstRetrySeconds", 1, "maxAttempts", 3)));
    }

    /** Sends a letter to the list with a worker at that rate, and waits until it is sent. */
    private Letter sendAll(long list, int perSecond) throws InterruptedException {
        Letter letter = world.letters.create(new LetterDraft(list, "Lettre", "Bonjour", List.of(), null, null), 1);
        world.letters.send(letter.id());
        SendWorker worker = worker(perSecond);
        try {
            awaitSent(letter.id());
        } finally {
            worker.stop();
        }
        return letter;
    }

    private void awaitSent(long letterId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Letter.SENT.equals(world.letters.require(letterId).status()) && System.nanoTime() < end) {
            Thread.sleep(50);
            // The queue's clock stands still: let retries come due.
            world.clock.advance(Duration.ofMillis(200));
        }
        assertEquals(Letter.SENT, world.letters.require(letterId).status());
    }

    @Test
    public void everyRecipientGetsItOnceWithItsOwnLinkAndRefusalsAreFailedWithTheirReason() throws Exception {
        long list = world.weekly();
        world.subscribers(list, 40);
        world.subscriptions.importRows(list, List.of(new ImportRow("refuse@example.org", null),
                new ImportRow("flaky@example.org", null)), "forum", 1);
        flaky.add("flaky@example.org");
        Letter letter = sendAll(list, 1000);
        assertEquals(41, sent.size());
        assertEquals(41, sent.stream().map(m -> m.to().get(0)).distinct().count());
        assertEquals(41, sent.stream().map(m -> m.headers().get("List-Unsubscribe")).distinct().count());
        assertTrue("batches share a connection: " + connections.get(), connections.get() < 20);
        DeliveryCounts counts = world.queue.counts(letter.id());
        assertEquals(41, counts.sent());
        assertEquals(1, counts.failed());
        assertTrue(world.queue.failures(letter.id()).get(0)[1].contains("refuse@example.org"));
        Mail one = sent.get(0);
        String url = one.headers().get("List-Unsubscribe").replaceAll(".*<(https://[^>]+)>.*", "$1");
        assertTrue(one.text(), one.text().contains(url));
        assertTrue(one.html(), one.html().contains(url));
    }

    @Test
    public void theThrottleHoldsTheRate() throws Exception {
        long list = world.weekly();
        world.subscribers(list, 20);
        long started = System.nanoTime();
        sendAll(list, 20);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue("20 messages at 20/s took " + millis + " ms", millis >= 900);
    }

    @Test
    public void whoWithdrewTheirConsentIsNotSentTo() throws Exception {
        long list = world.weekly();
        world.subscribers(list, 3);
        Subscription withdrawn = world.subscriptions.find(list, "lecteur1@example.org").orElseThrow();
        world.consents.record(withdrawn.personId(), new org.fabrique.core.ConsentChange(Subscriptions.PURPOSE,
                "newsletter/agenda-semaine", false), "espace membre");
        Letter letter = sendAll(list, 1000);
        assertEquals(2, sent.size());
        assertEquals(Subscription.UNSUBSCRIBED, world.subscriptions.find(withdrawn.id()).orElseThrow().status());
    }
}
