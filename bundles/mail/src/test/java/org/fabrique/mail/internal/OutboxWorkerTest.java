package org.fabrique.mail.internal;

import org.fabrique.testing.TestClock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

/** Retries of the outbox against a real SMTP server that goes down and comes back. */
public class OutboxWorkerTest {

    @ClassRule
    public static final MailDatabaseFixture db = new MailDatabaseFixture();

    @Rule
    public final TestSmtpServer server = new TestSmtpServer();

    private final TestClock clock = new TestClock();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private Mail mail;

    @Before
    public void emptyOutbox() {
        db.clear();
        mail = Mail.of("marie@example.org", SmtpMailerTest.FETE, "Rendez-vous à 10 h.");
    }

    @After
    public void stopThreads() {
        threads.shutdownNow();
    }

    private SmtpTransport transport() {
        return new SmtpTransport(SmtpSettingsTest.plain(server.port()), clock);
    }

    private OutboxWorker worker(int maxAttempts, MailTransport transport) {
        return new OutboxWorker(db.outbox(), transport, new RetryPolicy(maxAttempts, Duration.ofSeconds(30)), clock,
                Duration.ofMinutes(5));
    }

    private SmtpMailer mailer() {
        return new SmtpMailer(db.outbox(), transport(), new RetryPolicy(8, Duration.ofSeconds(30)), clock);
    }

    @Test
    public void mailQueuedDuringAnOutageIsDeliveredOnceTheServerIsBack() throws Exception {
        server.stop();
        assertEquals(Delivery.QUEUED, mailer().send(mail));
        assertEquals("QUEUED", db.value("SELECT status FROM mail_outbox"));
        String error = (String) db.value("SELECT last_error FROM mail_outbox");
        assertTrue(error, error.contains("connect"));

        server.start();
        OutboxWorker worker = worker(8, transport());
        clock.advance(Duration.ofSeconds(29));
        assertEquals("not due yet", 0, worker.runOnce());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, worker.runOnce());
        assertEquals("already sent", 0, worker.runOnce());

        assertEquals(1, server.awaitReceived(1).length);
        assertEquals(SmtpMailerTest.FETE, server.received()[0].getSubject());
        assertEquals("SENT", db.value("SELECT status FROM mail_outbox"));
        assertEquals(2L, db.count("SELECT attempts FROM mail_outbox"));
        assertEquals(clock.instant().toEpochMilli(), db.count("SELECT sent_at FROM mail_outbox"));
    }

    @Test
    public void eachFailedAttemptDoublesTheDelayUntilTheMailIsFailed() {
        server.stop();
        long queuedAt = clock.instant().toEpochMilli();
        assertEquals(Delivery.QUEUED, mailer().send(mail));
        OutboxWorker worker = worker(3, transport());
        assertEquals(queuedAt + 30_000, db.count("SELECT next_attempt_at FROM mail_outbox"));

        clock.advance(Duration.ofSeconds(30));
        worker.runOnce();
        assertEquals(2L, db.count("SELECT attempts FROM mail_outbox"));
        assertEquals(clock.instant().toEpochMilli() + 60_000, db.count("SELECT next_attempt_at FROM mail_outbox"));
        assertEquals("QUEUED", db.value("SELECT status FROM mail_outbox"));

        clock.advance(Duration.ofSeconds(59));
        worker.runOnce();
        assertEquals("not due yet", 2L, db.count("SELECT attempts FROM mail_outbox"));
        clock.advance(Duration.ofSeconds(1));
        worker.runOnce();

        assertEquals(3L, db.count("SELECT attempts FROM mail_outbox"));
        assertEquals("FAILED", db.value("SELECT status FROM mail_outbox"));
        String error = (String) db.value("SELECT last_error FROM mail_outbox");
        assertTrue(error, error.contains("connect"));
        server.start();
        clock.advance(Duration.ofHours(2));
        assertEquals("never tried again", 0, worker.runOnce());
        assertEquals(0, server.received().length);
    }

    @Test
    public void aPermanentRefusalOnRetryFailsTheMailAtOnce() {
        long id = db.outbox().enqueue(Mail.of(TestSmtpServer.REFUSED, "Bonjour", "Texte"), 1, clock.instant(),
                clock.instant(), "451 busy");

        assertEquals(0, worker(8, transport()).runOnce());

        assertEquals("FAILED", db.value("SELECT status FROM mail_outbox WHERE id = " + id));
        assertEquals(2L, db.count("SELECT attempts FROM mail_outbox WHERE id = " + id));
        String error = (String) db.value("SELECT last_error FROM mail_outbox WHERE id = " + id);
        assertTrue(error, error.contains("550"));
    }

    @Test
    public void aRowThatIsNoLongerAValidMailIsFailedNotRetried() {
        long id = db.outbox().enqueue(mail, 1, clock.instant(), clock.instant(), null);
        db.update("UPDATE mail_outbox SET recipients = 'not an address' WHERE id = " + id);

        assertEquals(0, worker(8, transport()).runOnce());

        assertEquals("FAILED", db.value("SELECT status FROM mail_outbox WHERE id = " + id));
        assertEquals(0, server.received().length);
    }

    @Test
    public void aWorkerSkipsTheMailAnotherWorkerIsSending() throws Exception {
        db.outbox().enqueue(mail, 1, clock.instant(), clock.instant(), null);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SmtpTransport smtp = transport();
        MailTransport slow = queued -> {
            sending.countDown();
            await(release);
            smtp.deliver(queued);
        };
        Future<Integer> first = threads.submit(() -> worker(8, slow).runOnce());
        assertTrue(sending.await(5, TimeUnit.SECONDS));

        assertEquals("the other node sends nothing", 0, worker(8, transport()).runOnce());
        release.countDown();

        assertEquals(1, (int) first.get(10, TimeUnit.SECONDS));
        assertEquals(1, server.awaitReceived(1).length);
    }

    @Test
    public void twoWorkersRacingOverTheSameRowsSendEachMailOnce() throws Exception {
        int count = 12;
        for (int i = 0; i < count; i++) {
            db.outbox().enqueue(Mail.of("reader" + i + "@example.org", "Lettre " + i, "Texte"), 1, clock.instant(),
                    clock.instant(), null);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            OutboxWorker worker = worker(8, transport());
            runs.add(threads.submit(() -> {
                start.await(5, TimeUnit.SECONDS);
                return worker.runOnce();
            }));
        }

        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get(30, TimeUnit.SECONDS);
        }

        assertEquals(count, sent);
        assertEquals(count, server.awaitReceived(count).length);
        assertEquals(count, db.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
