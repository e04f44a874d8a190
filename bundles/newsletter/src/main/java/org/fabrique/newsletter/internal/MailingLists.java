package org.fabrique.newsletter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fabrique.core.Conflict;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The lists: the weekly agenda letter, the monthly letter, and the lists structures open for their members. */
@Component(service = MailingLists.class)
public class MailingLists {

    private static final String COLUMNS = "id, slug, name, description, visibility, structure_id";

    private final Jdbc jdbc;
    private final Clock clock;

    @Activate
    public MailingLists(@Reference NewsletterStorage storage) {
        this(storage.jdbc(), Clock.systemUTC());
    }

    MailingLists(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<MailingList> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM newsletter_list ORDER BY id", MailingLists::row);
    }

    public Optional<MailingList> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM newsletter_list WHERE id = ?", MailingLists::row, id);
    }

    public MailingList require(long id) {
        return find(id).orElseThrow(() -> new NotFound("list", id));
    }

    public Optional<MailingList> bySlug(String slug) {
        return jdbc.one("SELECT " + COLUMNS + " FROM newsletter_list WHERE slug = ?", MailingLists::row, slug);
    }

    /** Creates a list; {@link InvalidInput} on a bad field, {@link Conflict} on a taken slug. */
    public MailingList create(NewList list) {
        String slug = list.slug() == null ? "" : list.slug().trim();
        if (!slug.matches("^[a-z0-9-]{2,60}$")) {
            throw new InvalidInput("slug", "Use 2 to 60 lower-case letters, digits or dashes.");
        }
        if (list.name() == null || list.name().isBlank() || list.name().length() > 200) {
            throw new InvalidInput("name", "A list needs a name of at most 200 characters.");
        }
        String visibility = list.visibility() == null ? MailingList.PUBLIC : list.visibility();
        if (!visibility.equals(MailingList.PUBLIC) && !visibility.equals(MailingList.PRIVATE)) {
            throw new InvalidInput("visibility", "Either public or private.");
        }
        if (bySlug(slug).isPresent()) {
            throw new Conflict("slug", "A list already has this slug.");
        }
        long id = jdbc.insert("INSERT INTO newsletter_list (slug, name, description, visibility, structure_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", slug, list.name().trim(), list.description(), visibility,
                list.structureId() == null ? Jdbc.NULL_BIGINT : list.structureId(), clock.millis());
        return require(id);
    }

    private static MailingList row(ResultSet r) throws SQLException {
        long structure = r.getLong(6);
        return new MailingList(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.wasNull() ? null : structure);
    }
}
