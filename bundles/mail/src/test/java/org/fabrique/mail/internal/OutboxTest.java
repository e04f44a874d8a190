package org.fabrique.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.mail.Mail;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The outbox on a real Derby database migrated by the bundle's change log. */
public class OutboxTest {

    @ClassRule
    public static final MailDatabaseFixture db = new MailDatabaseFixture();

    private final Instant now = Instant.parse("2025-05-17T08:00:00Z");

    @Before
    public void emptyOutbox() {
        db.clear();
    }

    @Test
    public void theMigrationCreatesTheTableAndItsIndexOnceOnly() {
        db.migrations().migrate(Outbox.CHANGE_LOG, Outbox.class.getClassLoader());

        assertEquals(1, db.count("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'mail-1-outbox'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'MAIL_OUTBOX'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = 'IX_MAIL_OUTBOX_DUE'"));
    }

    @Test
    public void aQueuedMailComesBackWhole() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<mailto:desabonnement@fabrique.example>");
        headers.put("List-Id", "Lettre : « Fête du vélo » <lettre.fabrique.example>");
        Mail mail = new Mail(List.of("Élodie Martin <elodie@example.org>", "paul@example.org"),
                "Fête du vélo à Saint-Étienne", "Texte\nsur deux lignes", "<p>Fête</p>", headers,
                "contact@fabrique.example");

        long id = db.outbox().enqueue(mail, 1, now, now.plusSeconds(30), "451 busy");

        QueuedMail queued = db.outbox().find(id).orElseThrow();
        assertEquals(mail, queued.mail());
        assertEquals(List.copyOf(headers.keySet()), List.copyOf(queued.mail().headers().keySet()));
        assertEquals(1, queued.attempts());
        assertEquals(now.toEpochMilli(), db.count("SELECT created_at FROM mail_outbox WHERE id = " + id));
    }

    @Test
    public void dueMailIsListedOldestFirstAndNotBeforeItsTime() {
        Mail mail = Mail.of("marie@example.org", "Bonjour", "Texte");
        long later = db.outbox().enqueue(mail, 1, now, now.plusSeconds(60), null);
        long sooner = db.outbox().enqueue(mail, 1, now, now.plusSeconds(30), null);

        assertEquals(List.of(), db.outbox().due(now.plusSeconds(29), 10));
        assertEquals(List.of(sooner), db.outbox().due(now.plusSeconds(30), 10));
        assertEquals(List.of(sooner, later), db.outbox().due(now.plusSeconds(60), 10));
        assertEquals(List.of(sooner), db.outbox().due(now.plusSeconds(60), 1));
    }

    @Test
    public void aClaimIsTakenOnceUntilItExpires() {
        long id = db.outbox().enqueue(Mail.of("marie@example.org", "Bonjour", "Texte"), 1, now, now, null);
        Instant until = now.plus(Duration.ofMinutes(5));

        assertTrue(db.outbox().claim(id, now, until));
        assertFalse("a second node", db.outbox().claim(id, now, until));
        assertFalse("still held", db.outbox().claim(id, until.minusMillis(1), until.plusSeconds(300)));
        assertEquals("claimed mail is not due", List.of(), db.outbox().due(now.plusSeconds(60), 10));
        assertTrue("expired: the holder died", db.outbox().claim(id, until.plusMillis(1), until.plusSeconds(300)));
    }

    @Test
    public void sentOrFailedMailIsNeverClaimed() {
        Mail mail = Mail.of("marie@example.org", "Bonjour", "Texte");
        long sent = db.outbox().enqueue(mail, 1, now, now, null);
        long failed = db.outbox().enqueue(mail, 1, now, now, null);
        db.outbox().markSent(sent, 2, now);
        db.outbox().markFailed(failed, 8, "550 no");

        assertFalse(db.outbox().claim(sent, now, now.plusSeconds(300)));
        assertFalse(db.outbox().claim(failed, now, now.plusSeconds(300)));
        assertTrue(db.outbox().find(sent).isEmpty());
    }

    @Test
    public void sentMailKeepsItsDeliveryRecordButNotItsBodies() {
        long id = db.outbox().enqueue(Mail.of("marie@example.org", "Bonjour", "Votre lien : https://x/j=1")
                .withHtml("<a href=\"https://x/j=1\">lien</a>"), 1, now, now, "451 busy");
        db.outbox().claim(id, now, now.plusSeconds(300));

        db.outbox().markSent(id, 2, now.plusSeconds(31));

        assertEquals("SENT", db.value("SELECT status FROM mail_outbox WHERE id = " + id));
        assertEquals(now.plusSeconds(31).toEpochMilli(), db.count("SELECT sent_at FROM mail_outbox WHERE id = " + id));
        assertEquals(0, db.count("SELECT COUNT(*) FROM mail_outbox WHERE text_body IS NOT NULL OR html_body IS NOT NULL"
                + " OR claimed_until IS NOT NULL OR last_error IS NOT NULL"));
        assertEquals("marie@example.org", db.value("SELECT recipients FROM mail_outbox WHERE id = " + id));
    }

    @Test
    public void aLongErrorIsShortenedToItsColumn() {
        long id = db.outbox().enqueue(Mail.of("marie@example.org", "Bonjour", "Texte"), 1, now, now, "x".repeat(5000));
        assertEquals(1000, ((String) db.value("SELECT last_error FROM mail_outbox WHERE id = " + id)).length());
    }
}
