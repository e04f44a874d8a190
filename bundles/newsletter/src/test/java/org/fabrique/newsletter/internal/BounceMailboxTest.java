package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.fabrique.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** Delivery-status notifications read over IMAP from a real server (GreenMail): hard and soft bounces suppress. */
public class BounceMailboxTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;
    private GreenMail mail;
    private GreenMailUser mailbox;
    private BounceMailbox reader;

    @Before
    public void start() throws Exception {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        mailbox = mail.setUser("bounces@fabrique.example", "bounces", "secret");
        reader = new BounceMailbox(new Bounces(world.jdbc, 2, world.clock),
                new MailboxSettings("imap", "127.0.0.1", mail.getImap().getPort(), "bounces", "secret"));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @After
    public void stop() {
        reader.stop();
        mail.stop();
    }

    private long delivery(String email) {
        world.subscriptions.importRows(world.weekly(), List.of(new ImportRow(email, null)), "forum", 1);
        Letter letter = world.letters.create(new LetterDraft(world.weekly(), "Lettre", "Texte", List.of(), null, null), 1);
        world.letters.send(letter.id());
        return world.jdbc.count("SELECT MAX(id) FROM newsletter_delivery WHERE email = ?", email);
    }

    private MimeMessage report(String recipient, String status, Long deliveryId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("MAILER-DAEMON@mx.example.org");
        message.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        report.addBodyPart(human);
        InternetHeaders fields = new InternetHeaders();
        fields.addHeader("Content-Type", "message/delivery-status");
        MimeBodyPart status1 = new MimeBodyPart(fields, ("Reporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: " + status + "\r\n")
                .getBytes("US-ASCII"));
        report.addBodyPart(status1);
        InternetHeaders returned = new InternetHeaders();
        returned.addHeader("Content-Type", "text/rfc822-headers");
        report.addBodyPart(new MimeBodyPart(returned, ("Subject: Lettre\r\n" + (deliveryId == null ? ""
                : "X-Fabrique-Delivery: " + deliveryId + "\r\n")).getBytes("US-ASCII")));
        message.setContent(report);
        message.saveChanges();
        return message;
    }

    @Test
    public void aHardBounceSuppressesTheAddressOfTheDeliveryAndIsDeleted() throws Exception {
        long id = delivery("lea@example.org");
        mailbox.deliver(report("LEA@example.org", "5.1.1", id));
        MimeMessage other = new MimeMessage(Session.getInstance(new Properties()));
        other.setFrom("someone@example.org");
        other.setSubject("Question");
        other.setText("Bonjour, une question.");
        mailbox.deliver(other);

        assertEquals(1, reader.poll());
        assertTrue(new Bounces(world.jdbc, 2, world.clock).suppressed("lea@example.org"));
        assertEquals("hard bounce 5.1.1", world.jdbc.one("SELECT reason FROM newsletter_suppression", r -> r.getString(1))
                .orElseThrow());
        assertEquals("only the ordinary mail is left", 1, mail.getReceivedMessages().length);
        assertEquals(0, reader.poll());
    }

    @Test
    public void softBouncesSuppressOnlyFromTheLimit() throws Exception {
        mailbox.deliver(report("paul@example.org", "4.2.2", null));
        reader.poll();
        Bounces bounces = new Bounces(world.jdbc, 2, world.clock);
        assertFalse(bounces.suppressed("paul@example.org"));
        mailbox.deliver(report("paul@example.org", "4.2.2", null));
        reader.poll();
        assertTrue(bounces.suppressed("paul@example.org"));
        assertEquals(2, world.jdbc.count("SELECT COUNT(*) FROM newsletter_bounce WHERE kind = 'soft'"));
    }

    @Test
    public void aSuppressedAddressIsNotQueuedForTheNextLetter() throws Exception {
        long id = delivery("zoe@example.org");
        mailbox.deliver(report("zoe@example.org", "5.1.1", id));
        reader.poll();
        Letter next = world.letters.create(new LetterDraft(world.weekly(), "Suivante", "Texte", List.of(), null, null), 1);
        world.letters.send(next.id());
        assertEquals(0, world.queue.counts(next.id()).total());
    }
}
