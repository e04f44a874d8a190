package org.fabrique.newsletter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fabrique.core.Conflict;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Letters: drafts, their schedule, and the start of a send (which fills the delivery queue). */
@Component(service = Letters.class)
public class Letters {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String COLUMNS = "id, list_id, subject, body, sections, period_from, period_to, status, "
            + "scheduled_at, sent_at, created_at";
    private static final String ARCHIVE_COLUMNS = "l.id, l.list_id, l.subject, l.body, l.sections, l.period_from, "
            + "l.period_to, l.status, l.scheduled_at, l.sent_at, l.created_at";

    private final Jdbc jdbc;
    private final MailingLists lists;
    private final LetterRenderer renderer;
    private final Clock clock;

    @Activate
    public Letters(@Reference NewsletterStorage storage, @Reference MailingLists lists,
            @Reference LetterRenderer renderer) {
        this(storage.jdbc(), lists, renderer, Clock.systemUTC());
    }

    Letters(Jdbc jdbc, MailingLists lists, LetterRenderer renderer, Clock clock) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.renderer = renderer;
        this.clock = clock;
    }

    public Letter create(LetterDraft draft, long editorId) {
        Checked checked = check(draft);
        long now = clock.millis();
        long id = jdbc.insert("INSERT INTO newsletter_letter (list_id, subject, body, sections, period_from, period_to, "
                + "status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", checked.listId,
                checked.subject, checked.body, checked.sections, checked.from.toString(), checked.to.toString(),
                Letter.DRAFT, editorId, now, now);
        return require(id);
    }

    /** Changes a letter that has not gone out; {@link Conflict} once it is sending or sent. */
    public Letter update(long id, LetterDraft draft) {
        Checked checked = check(draft);
        int changed = jdbc.update("UPDATE newsletter_letter SET list_id = ?, subject = ?, body = ?, sections = ?, "
                + "period_from = ?, period_to = ?, updated_at = ? WHERE id = ? AND status IN (?, ?)", checked.listId,
                checked.subject, checked.body, checked.sections, checked.from.toString(), checked.to.toString(),
                clock.millis(), id, Letter.DRAFT, Letter.SCHEDULED);
        if (changed == 0) {
            require(id);
            throw new Conflict("status", "This letter has gone out; it can no longer be changed.");
        }
        return require(id);
    }

    public Optional<Letter> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM newsletter_letter WHERE id = ?", Letters::row, id);
    }

    public Letter require(long id) {
        return find(id).orElseThrow(() -> new NotFound("letter", id));
    }

    public List<Letter> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM newsletter_letter ORDER BY id DESC", Letters::row);
    }

    /** Sent letters of public lists, newest first: the public archive. */
    public List<Letter> archive() {
        return jdbc.list("SELECT " + ARCHIVE_COLUMNS + " FROM newsletter_letter l JOIN newsletter_list li ON li.id = l.list_id WHERE l.status = ? "
                + "AND li.visibility = ? ORDER BY l.sent_at DESC", Letters::row, Letter.SENT, MailingList.PUBLIC);
    }

    /** The frozen content of a letter that went out: html and text, with the unsubscribe placeholder. */
    public Optional<RenderedLetter> frozen(long id) {
        return jdbc.one("SELECT subject, frozen_html, frozen_text FROM newsletter_letter WHERE id = ? "
                + "AND frozen_html IS NOT NULL", r -> new RenderedLetter(r.getString(1), r.getString(2), r.getString(3)), id);
    }

    public Letter schedule(long id, Instant at) {
        if (at == null || at.isBefore(clock.instant().minusSeconds(60))) {
            throw new InvalidInput("at", "Choose a time in the future.");
        }
        if (jdbc.update("UPDATE newsletter_letter SET status = ?, scheduled_at = ?, updated_at = ? WHERE id = ? "
                + "AND status IN (?, ?)", Letter.SCHEDULED, at.toEpochMilli(), clock.millis(), id, Letter.DRAFT,
                Letter.SCHEDULED) == 0) {
            require(id);
            throw new Conflict("status", "This letter has already gone out.");
        }
        return require(id);
    }

    /**
     * Starts sending: freezes the content (sections included, so that every node sends the same
     * letter), then queues one delivery per confirmed, not suppressed subscriber, in one transaction.
     * Only one node wins the conditional update; a second call is a {@link Conflict}.
     */
    public Letter send(long id) {
        Letter letter = require(id);
        if (!letter.editable()) {
            throw new Conflict("status", "This letter is already going out or sent.");
        }
        RenderedLetter rendered = renderer.render(letter, lists.require(letter.listId()));
        boolean started = jdbc.transaction(c -> {
            long now = clock.millis();
            int changed = Jdbc.update(c, "UPDATE newsletter_letter SET status = ?, frozen_html = ?, frozen_text = ?, "
                    + "updated_at = ? WHERE id = ? AND status IN (?, ?)", Letter.SENDING, rendered.html(),
                    rendered.text(), now, id, Letter.DRAFT, Letter.SCHEDULED);
            if (changed == 0) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO newsletter_delivery (letter_id, subscriber_id, email, status, attempts, "
                    + "next_attempt_at) SELECT ?, s.id, s.email, 'queued', 0, ? FROM newsletter_subscriber s "
                    + "WHERE s.list_id = ? AND s.status = ? AND NOT EXISTS (SELECT 1 FROM newsletter_suppression x "
                    + "WHERE x.email = s.email)", id, now, letter.listId(), Subscription.CONFIRMED);
            return true;
        });
        if (!started) {
            throw new Conflict("status", "This letter is already going out or sent.");
        }
        return require(id);
    }

    /** The letter as it would go out now, from the modules installed now (nothing is stored). */
    public RenderedLetter preview(Letter letter) {
        return renderer.render(letter, lists.require(letter.listId()));
    }

    /**
     * A draft's content without storing it, e.g. for a live preview: {@link InvalidInput} on a bad
     * field, like {@link #create}.
     */
    public Letter unsaved(LetterDraft draft) {
        Checked checked = check(draft);
        return new Letter(0, checked.listId, checked.subject, checked.body,
                checked.sections.isEmpty() ? List.of() : Arrays.asList(checked.sections.split(",")), checked.from,
                checked.to, Letter.DRAFT, null, null, clock.instant());
    }

    /** Starts the scheduled letters whose time has come; answers how many. */
    public int startDue() {
        List<Long> due = jdbc.list("SELECT id FROM newsletter_letter WHERE status = ? AND scheduled_at <= ?",
                r -> r.getLong(1), Letter.SCHEDULED, clock.millis());
        int started = 0;
        for (long id : due) {
            try {
                send(id);
                started++;
            } catch (Conflict e) {
                // another node started it first
            }
        }
        return started;
    }

    /** Marks the letter sent once no recipient is queued or being sent. */
    public void completeIfDone(long id) {
        jdbc.update("UPDATE newsletter_letter SET status = ?, sent_at = ? WHERE id = ? AND status = ? AND NOT EXISTS "
                + "(SELECT 1 FROM newsletter_delivery d WHERE d.letter_id = ? AND d.status IN ('queued', 'sending'))",
                Letter.SENT, clock.millis(), id, Letter.SENDING, id);
    }

    private Checked check(LetterDraft draft) {
        if (draft == null) {
            throw new InvalidInput("subject", "A letter needs a subject.");
        }
        if (draft.listId() == null) {
            throw new InvalidInput("listId", "Choose the list this letter goes to.");
        }
        lists.find(draft.listId()).orElseThrow(() -> new InvalidInput("listId", "No such list."));
        String subject = draft.subject() == null ? "" : draft.subject().trim();
        if (subject.isEmpty() || subject.length() > 300 || subject.contains("\n") || subject.contains("\r")) {
            throw new InvalidInput("subject", "A subject of 1 to 300 characters on one line.");
        }
        String body = draft.body() == null ? "" : draft.body();
        if (body.length() > 100_000) {
            throw new InvalidInput("body", "At most 100 000 characters.");
        }
        List<String> sections = draft.sections() == null ? List.of() : draft.sections();
        for (String section : sections) {
            if (section == null || !section.matches("^[a-z0-9._-]{1,60}$")) {
                throw new InvalidInput("sections", "Not a section id: " + section);
            }
        }
        String joined = String.join(",", sections);
        if (joined.length() > 1000) {
            throw new InvalidInput("sections", "Too many sections.");
        }
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        LocalDate from = date("from", draft.from(), today);
        LocalDate to = date("to", draft.to(), from.plusDays(6));
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "The period ends before it starts.");
        }
        return new Checked(draft.listId(), subject, body, joined, from, to);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "A date as yyyy-mm-dd.");
        }
    }

    private record Checked(long listId, String subject, String body, String sections, LocalDate from, LocalDate to) {
    }

    private static Letter row(ResultSet r) throws SQLException {
        String sections = r.getString(5);
        long scheduled = r.getLong(9);
        Instant scheduledAt = r.wasNull() ? null : Instant.ofEpochMilli(scheduled);
        long sent = r.getLong(10);
        Instant sentAt = r.wasNull() ? null : Instant.ofEpochMilli(sent);
        return new Letter(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4) == null ? "" : r.getString(4),
                sections == null || sections.isEmpty() ? List.of() : Arrays.asList(sections.split(",")),
                LocalDate.parse(r.getString(6)), LocalDate.parse(r.getString(7)), r.getString(8), scheduledAt, sentAt,
                Instant.ofEpochMilli(r.getLong(11)));
    }
}
