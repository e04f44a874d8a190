package org.fabrique.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.fabrique.core.FabriqueException;
import org.fabrique.core.InvalidInput;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

public class MailTest {

    private static final Mail HELLO = Mail.of("marie@example.org", "Bonjour", "Bienvenue !");

    @Test
    public void aValidMailKeepsItsPartsAndHeaderOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Id", "Lettre <lettre.fabrique.example>");
        headers.put("List-Unsubscribe", "<mailto:desabonnement@fabrique.example>");
        Mail mail = new Mail(List.of(" Marie Dupont <marie@example.org> ", "paul@example.org"), "Bonjour", "Texte",
                "<p>Texte</p>", headers, "contact@fabrique.example");

        assertEquals(List.of("Marie Dupont <marie@example.org>", "paul@example.org"), mail.to());
        assertEquals(List.of("List-Id", "List-Unsubscribe"), List.copyOf(mail.headers().keySet()));
        assertEquals("contact@fabrique.example", mail.replyTo());
        assertThrows(UnsupportedOperationException.class, () -> mail.to().add("x@example.org"));
        assertThrows(UnsupportedOperationException.class, () -> mail.headers().put("X-A", "b"));
    }

    @Test
    public void blankHtmlAndReplyToMeanNone() {
        Mail mail = HELLO.withHtml("  ").withReplyTo("");
        assertNull(mail.html());
        assertNull(mail.replyTo());
    }

    @Test
    public void withersAddToACopy() {
        Mail mail = HELLO.withHtml("<p>Bienvenue !</p>").withHeader("List-Id", "<lettre.fabrique.example>");
        assertEquals("<p>Bienvenue !</p>", mail.html());
        assertEquals("<lettre.fabrique.example>", mail.headers().get("List-Id"));
        assertTrue(HELLO.headers().isEmpty());
    }

    @Test
    public void aMailWithoutRecipientIsRefusedNamingTo() {
        assertRefused("to", () -> new Mail(List.of(), "Bonjour", "Texte", null, Map.of(), null));
        assertRefused("to", () -> new Mail(null, "Bonjour", "Texte", null, Map.of(), null));
    }

    @Test
    public void anAddressThatDoesNotParseIsRefusedNamingTo() {
        assertRefused("to", () -> Mail.of("not an address", "Bonjour", "Texte"));
        assertRefused("to", () -> Mail.of("marie@", "Bonjour", "Texte"));
        assertRefused("to", () -> Mail.of("marie@example.org, paul@example.org", "Bonjour", "Texte"));
        assertRefused("replyTo", () -> HELLO.withReplyTo("contact(at)fabrique"));
    }

    @Test
    public void tooManyRecipientsForTheOutboxAreRefused() {
        List<String> many = IntStream.range(0, 200).mapToObj(i -> "someone" + i + "@example.org")
                .toList();
        assertRefused("to", () -> new Mail(many, "Bonjour", "Texte", null, Map.of(), null));
    }

    @Test
    public void subjectAndTextAreRequired() {
        assertInvalid("subject", () -> Mail.of("marie@example.org", " ", "Texte"));
        assertInvalid("text", () -> Mail.of("marie@example.org", "Bonjour", null));
        assertInvalid("text", () -> Mail.of("marie@example.org", "Bonjour", "  "));
    }

    @Test
    public void lineBreaksCannotInjectHeaderFields() {
        assertInvalid("subject", () -> Mail.of("marie@example.org", "Bonjour\r\nBcc: all@example.org", "Texte"));
        assertInvalid("headers", () -> HELLO.withHeader("List-Id", "x\nBcc: all@example.org"));
        assertInvalid("headers", () -> HELLO.withHeader("List Id", "x"));
        assertInvalid("headers", () -> HELLO.withHeader("List-Id:", "x"));
    }

    @Test
    public void headersTheMailerSetsItselfAreRefused() {
        for (String name : List.of("From", "to", "BCC", "Subject", "Message-ID", "Date", "Content-Type", "Reply-To")) {
            assertInvalid("headers", () -> HELLO.withHeader(name, "x"));
        }
    }

    private static void assertRefused(String field, ThrowingRunnable build) {
        MailRefused refused = assertThrows(MailRefused.class, build);
        assertEquals(422, refused.status());
        assertEquals(field, refused.field());
    }

    private static void assertInvalid(String field, ThrowingRunnable build) {
        FabriqueException invalid = assertThrows(InvalidInput.class, build);
        assertEquals(400, invalid.status());
        assertEquals(field, invalid.field());
    }
}
