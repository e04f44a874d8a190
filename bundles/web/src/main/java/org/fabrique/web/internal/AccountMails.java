package org.fabrique.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.core.Person;
import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mails with a single-use link: the sign-up confirmation and the password reset, in text and
 * HTML, in the language of the page that asked for them.
 */
final class AccountMails {

    static final String CONFIRMATION_PATH = "/confirmation";
    static final String NEW_PASSWORD_PATH = "/mot-de-passe/nouveau";
    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);

    private final Mailer mailer;
    private final Messages messages;
    private final String publicUrl;

    AccountMails(Mailer mailer, Messages messages, String publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = ConfiguredSite.normalise(publicUrl);
    }

    /** The absolute link of a page with its token: {@code https://.../confirmation?jeton=...}. */
    String link(String path, String token) {
        return publicUrl + path + "?jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    void sendConfirmation(Person person, String token, Language language) {
        send(person, "mail.confirm", link(CONFIRMATION_PATH, token), language);
    }

    void sendReset(Person person, String token, Language language) {
        send(person, "mail.reset", link(NEW_PASSWORD_PATH, token), language);
    }

    private void send(Person person, String kind, String link, Language language) {
        Map<String, Object> values = Map.of("name", person.name(), "link", link);
        String subject = messages.text(language, kind + ".subject");
        String text = messages.text(language, "mail.greeting", values) + "\n\n"
                + messages.text(language, kind + ".text", values) + "\n\n" + link + "\n\n"
                + messages.text(language, kind + ".ignore") + "\n\n-- \n" + messages.text(language, "site.name") + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + Templates.code(language) + "\"><body>"
                + "<p>" + Html.escape(messages.text(language, "mail.greeting", values)) + "</p>"
                + "<p>" + Html.escape(messages.text(language, kind + ".text", values)) + "</p>"
                + "<p><a href=\"" + Html.escape(link) + "\">" + Html.escape(messages.text(language, kind + ".button"))
                + "</a></p><p>" + Html.escape(link) + "</p>"
                + "<p>" + Html.escape(messages.text(language, kind + ".ignore")) + "</p>"
                + "<p>" + Html.escape(messages.text(language, "site.name")) + "</p></body></html>";
        try {
            Delivery delivery = mailer.send(Mail.of(person.email(), subject, text).withHtml(html));
            LOG.info("Mail {} to person {}: {}", kind, person.id(), delivery);
        } catch (MailRefused refused) {
            // The page answers the same either way; the person can ask for another link.
            LOG.warn("Mail {} to person {} refused: {}", kind, person.id(), refused.getMessage());
        }
    }
}
