package org.fabrique.newsletter.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.mail.Mail;
import org.fabrique.web.Site;

/**
 * One recipient's copy of a letter, with the RFC 8058 headers: {@code List-Unsubscribe} (mailto and
 * https, the https one accepting a one-click POST), {@code List-Unsubscribe-Post}, {@code List-Id},
 * and {@code X-Fabrique-Delivery} naming the delivery, by which a bounce is matched.
 */
final class LetterMails {

    static final String DELIVERY_HEADER = "X-Fabrique-Delivery";

    private final Site site;
    private final String unsubscribeAddress;
    private final String listIdDomain;

    LetterMails(Site site, String unsubscribeAddress, String listIdDomain) {
        this.site = site;
        this.unsubscribeAddress = unsubscribeAddress;
        this.listIdDomain = listIdDomain;
    }

    String unsubscribeUrl(String token) {
        return site.absolute("/lettres/desabonnement?jeton=" + token);
    }

    Mail mail(RenderedLetter letter, MailingList list, String email, String token, long deliveryId) {
        return mail(letter, list, email, unsubscribeUrl(token), "desabonnement " + token, Long.toString(deliveryId));
    }

    /** An editor's test copy: its links unsubscribe nobody, they lead to the lists page. */
    Mail testMail(RenderedLetter letter, MailingList list, String email) {
        RenderedLetter test = new RenderedLetter("[Test] " + letter.subject(), letter.html(), letter.text());
        return mail(test, list, email, site.absolute("/lettres"), "test", "test");
    }

    private Mail mail(RenderedLetter letter, MailingList list, String email, String url, String mailtoSubject,
            String delivery) {
        RenderedLetter own = letter.forRecipient(url);
        Map<String, String> headers = new LinkedHashMap<>();
        String subject = URLEncoder.encode(mailtoSubject, StandardCharsets.UTF_8).replace("+", "%20");
        headers.put("List-Unsubscribe", "<mailto:" + unsubscribeAddress + "?subject=" + subject + ">, <" + url + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("List-Id", list.name().replace("\"", "") + " <" + list.slug() + "." + listIdDomain + ">");
        headers.put(DELIVERY_HEADER, delivery);
        return new Mail(List.of(email), own.subject(), own.text(), own.html(), headers, null);
    }
}
