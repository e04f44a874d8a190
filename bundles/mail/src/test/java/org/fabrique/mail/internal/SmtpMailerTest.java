package org.fabrique.mail.internal;

import org.fabrique.testing.TestClock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.mail.BodyPart;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.persistence.PersistenceException;

import org.fabrique.core.storage.Store;
import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.MailUnavailable;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

/** Sending at once, against a real SMTP server; what it cannot take goes to a real outbox. */
public class SmtpMailerTest {

    static final String FETE = "Fête du vélo à Saint-Étienne";
    static final String UNSUBSCRIBE = "<https://fabrique.example/lettre/desabonnement?jeton=8c1f0e2a>, "
            + "<mailto:desabonnement@fabrique.example?subject=desabonnement>";

    @ClassRule
    public static final MailDatabaseFixture db = new MailDatabaseFixture();

    @Rule
    public final TestSmtpServer server = new TestSmtpServer();

    private final TestClock clock = new TestClock();
    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(30));

    @Before
    public void emptyOutbox() {
        db.clear();
    }

    private SmtpMailer mailer(SmtpSettings settings) {
        return new SmtpMailer(db.outbox(), new SmtpTransport(settings, clock), policy, clock);
    }

    private SmtpMailer mailer() {
        return mailer(SmtpSettingsTest.plain(server.port()));
    }

    @Test
    public void textAndHtmlArriveAsMultipartAlternativeInUtf8WithTheirHeaders() throws Exception {
        Mail mail = new Mail(List.of("Marie Dupont <marie@example.org>"), FETE, "Rendez-vous place Jean-Jaurès : " + FETE,
                "<p>Rendez-vous place Jean-Jaurès : <strong>" + FETE + "</strong></p>",
                Map.of("List-Unsubscribe", UNSUBSCRIBE, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                        "List-Id", "Lettre de la Fabrique <lettre.fabrique.example>"),
                "contact@fabrique.example");

        assertEquals(Delivery.SENT, mailer().send(mail));

        MimeMessage[] received = server.awaitReceived(1);
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals(FETE, message.getSubject());
        assertTrue(message.getContentType(), message.getContentType().startsWith("multipart/alternative"));
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertEquals(2, alternative.getCount());
        assertPart(alternative.getBodyPart(0), "text/plain", "Rendez-vous place Jean-Jaurès : " + FETE);
        assertPart(alternative.getBodyPart(1), "text/html", "<strong>" + FETE + "</strong>");
        assertEquals(UNSUBSCRIBE, MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)));
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        assertEquals("Lettre de la Fabrique <lettre.fabrique.example>", message.getHeader("List-Id", null));
        assertEquals(new InternetAddress("marie@example.org"), message.getRecipients(MimeMessage.RecipientType.TO)[0]);
        assertEquals("contact@fabrique.example", ((InternetAddress) message.getReplyTo()[0]).getAddress());
        assertSender(message);
        assertEquals(0, db.count("SELECT COUNT(*) FROM mail_outbox"));
    }

    @Test
    public void aTextOnlyMailArrivesAsTextPlain() throws Exception {
        assertEquals(Delivery.SENT, mailer().send(Mail.of("paul@example.org", FETE, "Départ à 10 h, " + FETE)));

        MimeMessage message = server.awaitReceived(1)[0];
        assertTrue(message.getContentType(), message.getContentType().toLowerCase(Locale.ROOT).startsWith("text/plain"));
        assertTrue(message.getContentType(), message.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"));
        assertEquals("Départ à 10 h, " + FETE, ((String) message.getContent()).trim());
        assertNull(message.getHeader("List-Unsubscribe"));
        assertEquals("fabrique@localhost", ((InternetAddress) message.getReplyTo()[0]).getAddress());
        assertSender(message);
    }

    @Test
    public void aPermanentRefusalIsMailRefusedNamingToAndNothingIsQueued() {
        Mail mail = new Mail(List.of("marie@example.org", TestSmtpServer.REFUSED), "Bonjour", "Texte", null, Map.of(),
                null);

        MailRefused refused = assertThrows(MailRefused.class, () -> mailer().send(mail));

        assertEquals(422, refused.status());
        assertEquals("to", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains(TestSmtpServer.REFUSED));
        assertEquals(0, server.received().length);
        assertEquals(0, db.count("SELECT COUNT(*) FROM mail_outbox"));
    }

    @Test
    public void aTemporaryRefusalIsQueuedWithTheServersAnswer() {
        assertEquals(Delivery.QUEUED, mailer().send(Mail.of(TestSmtpServer.BUSY, "Bonjour", "Texte")));

        assertEquals("QUEUED", db.value("SELECT status FROM mail_outbox"));
        assertEquals(1L, db.count("SELECT attempts FROM mail_outbox"));
        assertEquals(clock.instant().plusSeconds(30).toEpochMilli(), db.count("SELECT next_attempt_at FROM mail_outbox"));
        String error = (String) db.value("SELECT last_error FROM mail_outbox");
        assertTrue(error, error.contains("451"));
    }

    @Test
    public void requiredStarttlsNeverFallsBackToClearText() {
        SmtpMailer mailer = mailer(SmtpSettingsTest.with(SmtpSecurity.STARTTLS, "", "", server.port()));

        assertEquals(Delivery.QUEUED, mailer.send(Mail.of("marie@example.org", "Bonjour", "Texte")));

        assertEquals(0, server.received().length);
        String error = (String) db.value("SELECT last_error FROM mail_outbox");
        assertTrue(error, error.contains("STARTTLS"));
    }

    @Test
    public void authenticatesWithTheConfiguredCredentials() {
        server.addUser("fabrique@localhost", "fabrique", "secret");

        assertEquals(Delivery.SENT, mailer(SmtpSettingsTest.with(SmtpSecurity.NONE, "fabrique", "secret", server.port()))
                .send(Mail.of("marie@example.org", "Bonjour", "Texte")));
        assertEquals(1, server.awaitReceived(1).length);
    }

    @Test
    public void wrongCredentialsAreAConfigurationToFixSoTheMailWaits() {
        server.addUser("fabrique@localhost", "fabrique", "secret");

        assertEquals(Delivery.QUEUED, mailer(SmtpSettingsTest.with(SmtpSecurity.NONE, "fabrique", "wrong", server.port()))
                .send(Mail.of("marie@example.org", "Bonjour", "Texte")));

        assertEquals(0, server.received().length);
        assertEquals("QUEUED", db.value("SELECT status FROM mail_outbox"));
    }

    @Test
    public void anOutboxThatCannotBeWrittenIsMailUnavailable() {
        server.stop();
        Outbox broken = new Outbox((Store) null) {
            @Override
            long enqueue(Mail mail, int attempts, Instant now, Instant next, String error) {
                throw new PersistenceException("The database is down");
            }
        };
        SmtpMailer mailer = new SmtpMailer(broken, new SmtpTransport(SmtpSettingsTest.plain(server.port()), clock),
                policy, clock);

        MailUnavailable unavailable = assertThrows(MailUnavailable.class,
                () -> mailer.send(Mail.of("marie@example.org", "Bonjour", "Texte")));
        assertEquals(503, unavailable.status());
    }

    private void assertSender(MimeMessage message) throws Exception {
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("fabrique@localhost", from.getAddress());
        assertEquals("Fabrique de la Transition", from.getPersonal());
        assertEquals(clock.instant().getEpochSecond(), message.getSentDate().toInstant().getEpochSecond());
        assertTrue(message.getMessageID(), message.getMessageID().matches("<[^<>@]+@localhost>"));
    }

    private static void assertPart(BodyPart part, String type, String contains) throws Exception {
        String contentType = part.getContentType().toLowerCase(Locale.ROOT);
        assertTrue(contentType, contentType.startsWith(type));
        assertTrue(contentType, contentType.contains("charset=utf-8"));
        String content = (String) part.getContent();
        assertTrue(content, content.contains(contains));
    }
}
