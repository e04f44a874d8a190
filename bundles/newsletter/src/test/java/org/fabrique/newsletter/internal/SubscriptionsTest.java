package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fabrique.core.Consent;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.TooManyAttempts;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Double opt-in, consent records, unsubscribe by token, and the import. */
public class SubscriptionsTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;

    @Before
    public void clean() {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
    }

    private String confirmationToken() {
        String text = world.mailed.get(world.mailed.size() - 1).text();
        Matcher m = Pattern.compile("https://fabrique.example/lettres/confirmation\\?jeton=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(text, m.find());
        return m.group(1);
    }

    @Test
    public void aSubscriptionCountsOnlyOnceConfirmedAndRecordsTheConsentWithItsSource() {
        long list = world.weekly();
        world.subscriptions.subscribe(list, " Lea@Example.org ", "Léa", Language.FR, "page /lettres from 10.0.0.1", "10.0.0.1");
        assertEquals(1, world.mailed.size());
        assertEquals(List.of("lea@example.org"), world.mailed.get(0).to());
        assertEquals(0, world.subscriptions.confirmedCount(list));
        assertTrue(world.consents.recorded.isEmpty());

        world.subscriptions.confirm(confirmationToken(), "page /lettres/confirmation");
        assertEquals(1, world.subscriptions.confirmedCount(list));
        Consent consent = world.consents.recorded.get(0);
        assertEquals("newsletter.subscription", consent.purpose());
        assertEquals("newsletter/agenda-semaine", consent.scope());
        assertTrue(consent.granted());
        assertEquals("page /lettres/confirmation", consent.source());
        assertEquals("Léa", world.people.byEmail.get("lea@example.org").name());

        // Already confirmed: no second mail.
        world.subscriptions.subscribe(list, "lea@example.org", null, Language.FR, "page", "10.0.0.1");
        assertEquals(1, world.mailed.size());
    }

    @Test
    public void aConfirmationLinkServesOnceAndExpires() {
        long list = world.weekly();
        world.subscriptions.subscribe(list, "paul@example.org", null, Language.FR, "page", "10.0.0.1");
        String token = confirmationToken();
        world.clock.advance(Duration.ofHours(73));
        assertThrows(InvalidInput.class, () -> world.subscriptions.confirm(token, "page"));
        world.subscriptions.subscribe(list, "paul@example.org", null, Language.FR, "page", "10.0.0.1");
        String second = confirmationToken();
        world.subscriptions.confirm(second, "page");
        InvalidInput reused = assertThrows(InvalidInput.class, () -> world.subscriptions.confirm(second, "page"));
        assertEquals("token", reused.field());
        assertThrows(InvalidInput.class, () -> world.subscriptions.confirm("forged", "page"));
    }

    @Test
    public void aPendingAddressGetsNoSecondMailWithinTheDay() {
        long list = world.weekly();
        world.subscriptions.subscribe(list, "paul@example.org", null, Language.FR, "page", "10.0.0.1");
        String first = confirmationToken();
        world.clock.advance(Duration.ofHours(23));
        world.subscriptions.subscribe(list, "Paul@example.org", null, Language.FR, "page", "10.0.0.2");
        assertEquals("still pending and its link valid: no second mail", 1, world.mailed.size());
        world.clock.advance(Duration.ofHours(2));
        world.subscriptions.subscribe(list, "paul@example.org", null, Language.FR, "page", "10.0.0.2");
        assertEquals("a day later the visitor may ask again", 2, world.mailed.size());
        assertThrows("the new link replaces the old one", InvalidInput.class,
                () -> world.subscriptions.confirm(first, "page"));
        world.subscriptions.confirm(confirmationToken(), "page");
        world.subscriptions.erase(world.people.byEmail.get("paul@example.org").id());
        assertEquals("the erasure forgets the mails counted for the address", 0, world.jdbc.count(
                "SELECT COUNT(*) FROM newsletter_confirmation_sent WHERE email = ?", "paul@example.org"));
    }

    @Test
    public void confirmationMailsToOneAddressAreLimitedPerDayAcrossLists() {
        List<Long> lists = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lists.add(world.lists.create(new NewList("liste-" + i, "Liste " + i, null, "public", null)).id());
        }
        for (int i = 0; i < 3; i++) {
            world.subscriptions.subscribe(lists.get(i), "cible@example.org", null, Language.FR, "page", "10.0.0." + i);
            world.clock.advance(Duration.ofHours(1));
        }
        TooManyAttempts refused = assertThrows(TooManyAttempts.class, () -> world.subscriptions.subscribe(lists.get(3),
                "Cible@example.org", null, Language.FR, "page", "10.0.0.9"));
        assertEquals(429, refused.status());
        assertEquals("email", refused.field());
        // Free again when the first of the three mails is a day old: 24 h - 3 h from now.
        assertEquals(Duration.ofHours(21), refused.retryAfter());
        assertEquals(3, world.mailed.size());
        assertEquals("nothing written for the refused list", 0, world.jdbc.count(
                "SELECT COUNT(*) FROM newsletter_subscriber WHERE list_id = ?", lists.get(3)));
        world.clock.advance(Duration.ofHours(21));
        world.subscriptions.subscribe(lists.get(3), "cible@example.org", null, Language.FR, "page", "10.0.0.9");
        assertEquals(4, world.mailed.size());
        assertEquals("rows older than a day are deleted", 3,
                world.jdbc.count("SELECT COUNT(*) FROM newsletter_confirmation_sent"));
    }

    @Test
    public void oneClientIpAsksForAtMostTenConfirmationsAnHour() {
        long list = world.weekly();
        for (int i = 0; i < 10; i++) {
            world.subscriptions.subscribe(list, "visiteur" + i + "@example.org", null, Language.FR, "page", "192.0.2.7");
            world.clock.advance(Duration.ofMinutes(1));
        }
        TooManyAttempts refused = assertThrows(TooManyAttempts.class, () -> world.subscriptions.subscribe(list,
                "visiteur10@example.org", null, Language.FR, "page", "192.0.2.7"));
        assertEquals(Duration.ofMinutes(50), refused.retryAfter());
        assertEquals(10, world.mailed.size());
        world.subscriptions.subscribe(list, "visiteur10@example.org", null, Language.FR, "page", "192.0.2.8");
        assertEquals("another client is not held back", 11, world.mailed.size());
        world.clock.advance(Duration.ofMinutes(50));
        world.subscriptions.subscribe(list, "visiteur11@example.org", null, Language.FR, "page", "192.0.2.7");
        assertEquals(12, world.mailed.size());
    }

    @Test
    public void badAddressesAreRefusedByField() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> world.subscriptions.subscribe(world.weekly(), "pas une adresse", null, Language.FR, "page", "10.0.0.1"));
        assertEquals("email", e.field());
        InvalidInput row = assertThrows(InvalidInput.class, () -> world.subscriptions.importRows(world.weekly(),
                List.of(new ImportRow("a@example.org", null), new ImportRow("faux", null)), "forum", 1));
        assertEquals("rows[1].email", row.field());
        assertEquals("nothing half-written", 0, world.jdbc.count("SELECT COUNT(*) FROM newsletter_subscriber"));
        assertEquals("basis", assertThrows(InvalidInput.class, () -> world.subscriptions.importRows(world.weekly(),
                List.of(new ImportRow("a@example.org", null)), " ", 1)).field());
    }

    @Test
    public void anImportAddsConfirmedSubscribersWithoutMailAndLeavesTheUnsubscribedAlone() throws Exception {
        long list = world.weekly();
        world.subscribers(list, 3);
        long id = world.subscriptions.find(list, "lecteur1@example.org").orElseThrow().id();
        String token = world.jdbc.transaction(c -> world.subscriptions.newUnsubscribeToken(c, id));
        world.subscriptions.unsubscribeByToken(token, "one-click");
        ImportResult again = world.subscriptions.importRows(list, List.of(new ImportRow("lecteur1@example.org", null),
                new ImportRow("lecteur9@example.org", "Neuf")), "forum", 1);
        assertEquals(new ImportResult(1, 1), again);
        assertEquals(3, world.subscriptions.confirmedCount(list));
        assertTrue(world.mailed.isEmpty());
        assertEquals(Subscription.UNSUBSCRIBED, world.subscriptions.find(id).orElseThrow().status());
        Consent withdrawn = world.consents.recorded.stream().filter(c -> !c.granted()).findFirst().orElseThrow();
        assertEquals("one-click", withdrawn.source());
        assertTrue(world.consents.recorded.stream().filter(Consent::granted)
                .allMatch(c -> c.source().contains("forum")));
    }

    @Test
    public void unsubscribeTokensAreStoredHashedAndStayValid() throws Exception {
        long list = world.weekly();
        world.subscribers(list, 1);
        long id = world.subscriptions.find(list, "lecteur0@example.org").orElseThrow().id();
        String first = world.jdbc.transaction(c -> world.subscriptions.newUnsubscribeToken(c, id));
        String second = world.jdbc.transaction(c -> world.subscriptions.newUnsubscribeToken(c, id));
        assertFalse(first.equals(second));
        assertEquals(0, world.jdbc.count("SELECT COUNT(*) FROM newsletter_unsubscribe_token WHERE token_hash = ?", first));
        assertThrows(InvalidInput.class, () -> world.subscriptions.unsubscribeByToken("forged", "one-click"));
        world.subscriptions.unsubscribeByToken(first, "one-click");
        world.subscriptions.unsubscribeByToken(second, "one-click");
        assertEquals(0, world.subscriptions.confirmedCount(list));
        assertEquals("idempotent: one withdrawal", 1, world.consents.recorded.stream().filter(c -> !c.granted()).count());
    }

    @Test
    public void twentyThousandRowsImportWellUnderAMinute() {
        long started = System.nanoTime();
        world.subscribers(world.weekly(), 20_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(20_000, world.subscriptions.confirmedCount(world.weekly()));
        System.out.println("Imported 20000 subscribers (fake core people/consents) in " + millis + " ms");
        assertTrue("took " + millis + " ms", millis < 30_000);
    }
}
