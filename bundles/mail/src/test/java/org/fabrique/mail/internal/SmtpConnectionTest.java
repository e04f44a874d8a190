package org.fabrique.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.mail.internet.MimeMessage;

import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.fabrique.mail.MailUnavailable;
import org.fabrique.testing.TestClock;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

/** One kept-open connection sends many mails, reports outages as MailUnavailable, and never uses the outbox. */
public class SmtpConnectionTest {

    @ClassRule
    public static final MailDatabaseFixture db = new MailDatabaseFixture();

    @Rule
    public final TestSmtpServer server = new TestSmtpServer();

    private final TestClock clock = new TestClock();

    @Before
    public void emptyOutbox() {
        db.clear();
    }

    private SmtpMailer mailer() {
        return new SmtpMailer(db.outbox(), new SmtpTransport(SmtpSettingsTest.plain(server.port()), clock),
                new RetryPolicy(8, Duration.ofSeconds(30)), clock);
    }

    @Test
    public void manyMailsGoOverOneConnectionWithTheirHeaders() throws Exception {
        try (MailConnection connection = mailer().connect()) {
            for (int i = 0; i < 20; i++) {
                connection.send(new Mail(List.of("lecteur" + i + "@example.org"), "Lettre " + i, "Bonjour " + i,
                        "<p>Bonjour " + i + "</p>", Map.of("List-Id", "Lettre <lettre.fabrique.example>"), null));
            }
        }
        MimeMessage[] received = server.awaitReceived(20);
        assertEquals(20, received.length);
        assertEquals("Lettre <lettre.fabrique.example>", received[7].getHeader("List-Id")[0]);
        assertTrue(received[0].getContentType().startsWith("multipart/alternative"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM mail_outbox"));
    }

    @Test
    public void anUnreachableServerIsUnavailableAndNothingIsQueued() {
        SmtpMailer mailer = mailer();
        server.stop();
        try (MailConnection connection = mailer.connect()) {
            MailUnavailable e = assertThrows(MailUnavailable.class,
                    () -> connection.send(Mail.of("marie@example.org", "Lettre", "Bonjour")));
            assertTrue(e.getMessage(), e.getMessage().toLowerCase().contains("connect"));
        }
        assertEquals(0, db.count("SELECT COUNT(*) FROM mail_outbox"));
    }
}
