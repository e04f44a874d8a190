package org.fabrique.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.fabrique.core.InvalidInput;

/**
 * One message to send: always a plain-text body, and an HTML alternative when there is one. It is
 * checked when built, so that a mail that exists can always be sent or queued.
 *
 * @param to      the recipients, at least one, each an address such as {@code marie@example.org} or
 *                {@code Marie Dupont <marie@example.org>}; together at most {@value #MAX_RECIPIENTS}
 *                characters
 * @param subject the subject line, not blank, at most {@value #MAX_SUBJECT} characters
 * @param text    the plain-text body, not blank
 * @param html    the same content in HTML, or {@code null}
 * @param headers extra header fields, in order, e.g. {@code List-Unsubscribe}, {@code List-Id},
 *                {@code List-Unsubscribe-Post}; never one the mailer sets itself ({@code From},
 *                {@code To}, {@code Subject}, {@code Date}, {@code Message-ID}, ...); together at
 *                most {@value #MAX_HEADERS} characters
 * @param replyTo the address answers should go to, or {@code null} for the platform's sender
 * @throws MailRefused  if an address does not parse (field {@code to} or {@code replyTo})
 * @throws InvalidInput if the subject, the text or a header is missing or malformed
 */
public record Mail(List<String> to, String subject, String text, String html, Map<String, String> headers,
        String replyTo) {

    public static final int MAX_SUBJECT = 1000;
    public static final int MAX_RECIPIENTS = 4000;
    public static final int MAX_HEADERS = 4000;

    private static final Set<String> SET_BY_THE_MAILER = Set.of("from", "sender", "to", "cc", "bcc", "reply-to",
            "subject", "date", "message-id", "mime-version", "content-type", "content-transfer-encoding",
            "return-path");

    public Mail {
        to = recipients(to);
        subject = required("subject", subject);
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidInput("subject", "The subject is longer than " + MAX_SUBJECT + " characters.");
        }
        requireSingleLine("subject", subject);
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "A mail needs a plain-text body.");
        }
        html = html == null || html.isBlank() ? null : html;
        headers = headers(headers);
        replyTo = replyTo == null || replyTo.isBlank() ? null : address("replyTo", replyTo);
    }

    /** A plain-text mail to one recipient. */
    public static Mail of(String to, String subject, String text) {
        return new Mail(to == null ? null : List.of(to), subject, text, null, Map.of(), null);
    }

    /** This mail with an HTML alternative to its text. */
    public Mail withHtml(String html) {
        return new Mail(to, subject, text, html, headers, replyTo);
    }

    /** This mail with one more header field (replacing one of the same name). */
    public Mail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Mail(to, subject, text, html, more, replyTo);
    }

    /** This mail with answers going to the given address. */
    public Mail withReplyTo(String replyTo) {
        return new Mail(to, subject, text, html, headers, replyTo);
    }

    private static List<String> recipients(List<String> to) {
        if (to == null || to.isEmpty()) {
            throw new MailRefused("A mail needs at least one recipient.");
        }
        List<String> checked = new ArrayList<>(to.size());
        int length = -1;
        for (String address : to) {
            String one = address("to", address);
            checked.add(one);
            length += one.length() + 1;
        }
        if (length > MAX_RECIPIENTS) {
            throw new MailRefused("The recipients take more than " + MAX_RECIPIENTS + " characters; send several mails.");
        }
        return List.copyOf(checked);
    }

    private static String address(String field, String address) {
        if (address == null || address.isBlank()) {
            throw new MailRefused(field, "An address is empty.");
        }
        String trimmed = address.trim();
        try {
            new InternetAddress(trimmed, true).validate();
            return trimmed;
        } catch (AddressException e) {
            throw new MailRefused(field, "Not a valid e-mail address: " + trimmed);
        }
    }

    private static Map<String, String> headers(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> checked = new LinkedHashMap<>();
        int length = -1;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey() == null ? "" : header.getKey().trim();
            if (!isFieldName(name) || SET_BY_THE_MAILER.contains(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("headers", "Not a header field a module may set: '" + name + "'.");
            }
            String value = required("headers", header.getValue()).trim();
            requireSingleLine("headers", value);
            checked.put(name, value);
            length += name.length() + 2 + value.length() + 1;
        }
        if (length > MAX_HEADERS) {
            throw new InvalidInput("headers", "The header fields take more than " + MAX_HEADERS + " characters.");
        }
        return Collections.unmodifiableMap(checked);
    }

    /** RFC 5322: printable US-ASCII except the colon. */
    private static boolean isFieldName(String name) {
        return !name.isEmpty() && name.length() <= 76 && name.chars().allMatch(c -> c >= 33 && c <= 126 && c != ':');
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "Missing " + field + ".");
        }
        return value;
    }

    /** A line break would start a new header field: header injection. */
    private static void requireSingleLine(String field, String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new InvalidInput(field, "Line breaks are not allowed in the " + field + ".");
        }
    }
}
