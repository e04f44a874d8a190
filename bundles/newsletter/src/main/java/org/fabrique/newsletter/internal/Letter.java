package org.fabrique.newsletter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter of a list: Markdown written by an editor, plus the sections of the installed modules
 * for a period. Editable until it goes out: draft, scheduled, then sending and sent.
 */
public record Letter(long id, long listId, String subject, String body, List<String> sections, LocalDate from,
        LocalDate to, String status, Instant scheduledAt, Instant sentAt, Instant createdAt) {

    public static final String DRAFT = "draft";
    public static final String SCHEDULED = "scheduled";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";

    public boolean editable() {
        return DRAFT.equals(status) || SCHEDULED.equals(status);
    }
}
