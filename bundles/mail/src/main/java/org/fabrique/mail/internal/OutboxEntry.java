package org.fabrique.mail.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;
import org.fabrique.mail.Mail;

/**
 * A row of {@code mail_outbox}. Recipients are stored one a line, header fields as
 * {@code Name: value} lines; {@link Mail} forbids line breaks in both, so the lines are unambiguous.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxEntry {

    static final int LONGEST_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String recipients;
    String subject;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "text_body")
    String textBody;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "html_body")
    String htmlBody;
    String headers;
    @Column(name = "reply_to")
    String replyTo;
    int attempts;
    @Column(name = "next_attempt_at")
    @Convert(converter = InstantConverter.class)
    Instant nextAttemptAt;
    @Column(name = "last_error")
    String lastError;
    @Enumerated(EnumType.STRING)
    OutboxStatus status;
    @Column(name = "claimed_until")
    @Convert(converter = InstantConverter.class)
    Instant claimedUntil;
    @Column(name = "created_at")
    @Convert(converter = InstantConverter.class)
    Instant createdAt;
    @Column(name = "sent_at")
    @Convert(converter = InstantConverter.class)
    Instant sentAt;

    static OutboxEntry queued(Mail mail, int attempts, Instant now, Instant nextAttemptAt, String lastError) {
        OutboxEntry entry = new OutboxEntry();
        entry.recipients = String.join("\n", mail.to());
        entry.subject = mail.subject();
        entry.textBody = mail.text();
        entry.htmlBody = mail.html();
        entry.headers = mail.headers().isEmpty() ? null : mail.headers().entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue()).collect(Collectors.joining("\n"));
        entry.replyTo = mail.replyTo();
        entry.attempts = attempts;
        entry.nextAttemptAt = nextAttemptAt;
        entry.lastError = shortened(lastError);
        entry.status = OutboxStatus.QUEUED;
        entry.createdAt = now;
        return entry;
    }

    QueuedMail toQueuedMail() {
        return new QueuedMail(id, toMail(), attempts);
    }

    Mail toMail() {
        return new Mail(List.of(recipients.split("\n")), subject, textBody, htmlBody, headerMap(), replyTo);
    }

    private Map<String, String> headerMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null && !headers.isEmpty()) {
            Arrays.stream(headers.split("\n")).forEach(line -> {
                int colon = line.indexOf(':');
                map.put(line.substring(0, colon), line.substring(colon + 1).trim());
            });
        }
        return map;
    }

    /** Fits an error into {@code last_error}. */
    static String shortened(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR - 1) + "…";
    }
}
