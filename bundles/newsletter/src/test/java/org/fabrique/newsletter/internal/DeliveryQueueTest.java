package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fabrique.core.Conflict;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The durable queue on Derby: queued once, claimed by one owner only, resumed after a crash. */
public class DeliveryQueueTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;
    private static final Duration CLAIM = Duration.ofMinutes(5);

    @Before
    public void clean() {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
    }

    private Letter sentLetter(int subscribers) {
        long list = world.weekly();
        world.subscribers(list, subscribers);
        Letter letter = world.letters.create(new LetterDraft(list, "Cette semaine", "Bonjour **à tous**", List.of(),
                null, null), 1);
        return world.letters.send(letter.id());
    }

    @Test
    public void sendingQueuesEachConfirmedAndNotSuppressedSubscriberOnceAndOnlyOnce() {
        long list = world.weekly();
        world.subscribers(list, 5);
        world.jdbc.update("INSERT INTO newsletter_suppression (email, reason, created_at) VALUES (?, ?, ?)",
                "lecteur3@example.org", "hard bounce", 0L);
        Letter letter = world.letters.create(new LetterDraft(list, "Lettre", "Texte", List.of(), null, null), 1);
        assertEquals(Letter.SENDING, world.letters.send(letter.id()).status());
        assertEquals(4, world.queue.counts(letter.id()).queued());
        assertThrows(Conflict.class, () -> world.letters.send(letter.id()));
        assertThrows(Conflict.class, () -> world.letters.update(letter.id(),
                new LetterDraft(list, "Autre", "", List.of(), null, null)));
        assertEquals(4, world.queue.counts(letter.id()).total());
        RenderedLetter frozen = world.letters.frozen(letter.id()).orElseThrow();
        assertTrue(frozen.html(), frozen.html().contains(RenderedLetter.UNSUBSCRIBE));
        assertTrue(frozen.text(), frozen.text().contains("Texte"));
    }

    @Test
    public void concurrentClaimantsNeverShareARow() throws Exception {
        Letter letter = sentLetter(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                String owner = "node-" + n;
                Callable<List<Long>> claimant = () -> {
                    List<Long> mine = new ArrayList<>();
                    List<ClaimedDelivery> batch;
                    while (!(batch = world.queue.claim(owner, 7, CLAIM)).isEmpty()) {
                        for (ClaimedDelivery d : batch) {
                            mine.add(d.id());
                            world.queue.sent(d, owner);
                        }
                    }
                    return mine;
                };
                claims.add(pool.submit(claimant));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> claim : claims) {
                all.addAll(claim.get());
            }
            assertEquals(200, all.size());
            assertEquals("no row claimed twice", 200, new HashSet<>(all).size());
        } finally {
            pool.shutdownNow();
        }
        world.letters.completeIfDone(letter.id());
        assertEquals(Letter.SENT, world.letters.require(letter.id()).status());
        assertEquals(200, world.queue.counts(letter.id()).sent());
    }

    @Test
    public void aCrashedNodesClaimsComeBackAfterTheirExpiryAndItCanNoLongerMarkThem() {
        Letter letter = sentLetter(10);
        List<ClaimedDelivery> crashed = world.queue.claim("crashed", 4, CLAIM);
        assertEquals(4, crashed.size());
        assertEquals(6, world.queue.claim("other", 100, CLAIM).size());
        assertTrue("nothing left before the expiry", world.queue.claim("restarted", 100, CLAIM).isEmpty());

        world.clock.advance(CLAIM.plusSeconds(1));
        List<ClaimedDelivery> resumed = world.queue.claim("restarted", 100, CLAIM);
        Set<Long> ids = new HashSet<>();
        resumed.forEach(d -> ids.add(d.id()));
        assertTrue(ids.containsAll(crashed.stream().map(ClaimedDelivery::id).toList()));
        world.queue.sent(crashed.get(0), "crashed");
        assertEquals("the late owner's mark is ignored", 0, world.queue.counts(letter.id()).sent());
        resumed.forEach(d -> world.queue.sent(d, "restarted"));
        assertEquals(resumed.size(), world.queue.counts(letter.id()).sent());
        assertFalse(crashed.get(0).unsubscribeToken().equals(resumed.get(0).unsubscribeToken()));
    }

    @Test
    public void temporaryFailuresWaitTheirTurnAndFailuresCanBeResent() {
        Letter letter = sentLetter(2);
        List<ClaimedDelivery> batch = world.queue.claim("node", 10, CLAIM);
        world.queue.retryLater(batch.get(0), "node", "421 try later", Duration.ofMinutes(2));
        world.queue.failed(batch.get(1), "node", "550 no such user");
        assertTrue(world.queue.claim("node", 10, CLAIM).isEmpty());
        world.clock.advance(Duration.ofMinutes(3));
        List<ClaimedDelivery> retried = world.queue.claim("node", 10, CLAIM);
        assertEquals(1, retried.size());
        assertEquals(1, retried.get(0).attempts());
        assertEquals("550 no such user", world.queue.failures(letter.id()).get(0)[1]);
        assertEquals(1, world.queue.resendFailed(letter.id()));
        assertEquals(1, world.queue.claim("node", 10, CLAIM).size());
    }

    @Test
    public void whoUnsubscribedAfterTheQueueingIsNotSentTo() throws Exception {
        Letter letter = sentLetter(3);
        long id = world.subscriptions.find(world.weekly(), "lecteur2@example.org").orElseThrow().id();
        String token = world.jdbc.transaction(c -> world.subscriptions.newUnsubscribeToken(c, id));
        world.subscriptions.unsubscribeByToken(token, "one-click");
        List<ClaimedDelivery> batch = world.queue.claim("node", 10, CLAIM);
        assertEquals(List.of(batch.stream().filter(d -> d.subscriberId() == id).findFirst().orElseThrow().id()),
                world.queue.noLongerWanted(batch));
        assertEquals(3, world.queue.counts(letter.id()).sending());
    }
}
