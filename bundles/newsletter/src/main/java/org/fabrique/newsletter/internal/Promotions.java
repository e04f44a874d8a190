package org.fabrique.newsletter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Memberships;
import org.fabrique.core.Structure;
import org.fabrique.core.Structures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fair cross-promotion: member structures submit news, the editor chooses a few for a letter, and
 * sees how often each structure was featured so that slots rotate; the least featured come first.
 */
@Component(service = Promotions.class)
public class Promotions {

    private static final String COLUMNS = "id, structure_id, title, summary, link, letter_id, created_at";

    private final Jdbc jdbc;
    private final Structures structures;
    private final Memberships memberships;
    private final Clock clock;

    @Activate
    public Promotions(@Reference NewsletterStorage storage, @Reference Structures structures,
            @Reference Memberships memberships) {
        this(storage.jdbc(), structures, memberships, Clock.systemUTC());
    }

    Promotions(Jdbc jdbc, Structures structures, Memberships memberships, Clock clock) {
        this.jdbc = jdbc;
        this.structures = structures;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** An active member of the structure (or an editor) submits an item. */
    public Promotion submit(Caller caller, NewPromotion item, boolean editor) {
        if (item == null || item.structureId() == null || structures.find(item.structureId()).isEmpty()) {
            throw new InvalidInput("structureId", "Choose your structure.");
        }
        if (!editor && memberships.activeRole(caller.personId(), item.structureId()).isEmpty()) {
            throw new AccessDenied("Only the structure's members submit its news.");
        }
        String title = item.title() == null ? "" : item.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInput("title", "A title of 1 to 200 characters.");
        }
        if (item.summary() != null && item.summary().length() > 1000) {
            throw new InvalidInput("summary", "At most 1000 characters.");
        }
        String link = item.link() == null || item.link().isBlank() ? null : item.link().trim();
        if (link != null && (link.length() > 500 || !(link.startsWith("https://") || link.startsWith("http://")
                || link.startsWith("/")))) {
            throw new InvalidInput("link", "A link starting with https:// or /.");
        }
        long id = jdbc.insert("INSERT INTO newsletter_promotion (structure_id, title, summary, link, submitted_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?)", item.structureId(), title, item.summary(), link,
                caller.personId(), clock.millis());
        return all().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Items not chosen yet, least featured structure first, then the oldest. */
    public List<Promotion> open() {
        return all().stream().filter(p -> p.letterId() == null)
                .sorted(Comparator.comparingLong(Promotion::featured).thenComparing(Promotion::submittedAt)).toList();
    }

    public List<Promotion> chosenFor(long letterId) {
        return all().stream().filter(p -> p.letterId() != null && p.letterId() == letterId).toList();
    }

    /** The letter's cross-promotion: exactly these items (others it had are given back). */
    public void choose(Letter letter, List<Long> ids) {
        if (!letter.editable()) {
            throw new Conflict("status", "This letter has gone out.");
        }
        jdbc.transaction(c -> {
            Jdbc.update(c, "UPDATE newsletter_promotion SET letter_id = NULL WHERE letter_id = ?", letter.id());
            for (long id : ids == null ? List.<Long>of() : ids) {
                if (Jdbc.update(c, "UPDATE newsletter_promotion SET letter_id = ? WHERE id = ? AND letter_id IS NULL",
                        letter.id(), id) == 0) {
                    throw new InvalidInput("promotions", "Item " + id + " does not exist or is in another letter.");
                }
            }
            return null;
        });
    }

    private List<Promotion> all() {
        Map<Long, Long> featured = new HashMap<>();
        for (long[] row : jdbc.list("SELECT structure_id, COUNT(*) FROM newsletter_promotion WHERE letter_id IS NOT NULL "
                + "GROUP BY structure_id", r -> new long[] {r.getLong(1), r.getLong(2)})) {
            featured.put(row[0], row[1]);
        }
        Map<Long, String> names = new HashMap<>();
        return jdbc.list("SELECT " + COLUMNS + " FROM newsletter_promotion ORDER BY id", Promotions::row).stream()
                .map(p -> new Promotion(p.id(), p.structureId(), names.computeIfAbsent(p.structureId(),
                        s -> structures.find(s).map(Structure::name).orElse("?")), p.title(), p.summary(), p.link(),
                        p.letterId(), featured.getOrDefault(p.structureId(), 0L), p.submittedAt())).toList();
    }

    private static Promotion row(ResultSet r) throws SQLException {
        long letter = r.getLong(6);
        Long letterId = r.wasNull() ? null : letter;
        return new Promotion(r.getLong(1), r.getLong(2), null, r.getString(3), r.getString(4), r.getString(5), letterId,
                0, Instant.ofEpochMilli(r.getLong(7)));
    }
}
