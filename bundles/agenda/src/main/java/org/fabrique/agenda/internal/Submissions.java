package org.fabrique.agenda.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.fabrique.agenda.Event;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Events proposed on the site, by members or by visitors without an account. Those who may publish
 * for the structure publish directly; every other submission waits in the moderation queue. A
 * visitor gives an e-mail address (the moderator's answer goes there) and is held to a few
 * submissions an hour per address and per IP address, counted in the database so that every node
 * agrees.
 */
@Component(service = Submissions.class, configurationPid = AgendaConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Submissions {

    private final AgendaDatabase database;
    private final Events events;
    private final AgendaRights rights;
    private final Clock clock;
    private final int perHour;

    @Activate
    public Submissions(@Reference AgendaDatabase database, @Reference Events events, @Reference AgendaRights rights,
            AgendaConfig config) {
        this(database, events, rights, config, Clock.systemUTC());
    }

    Submissions(AgendaDatabase database, Events events, AgendaRights rights, AgendaConfig config, Clock clock) {
        this.database = database;
        this.events = events;
        this.rights = rights;
        this.clock = clock;
        this.perHour = config.submissionsPerHour();
    }

    public Event submit(EventDraft draft, Optional<Caller> caller, String ip) {
        if (caller.isPresent()) {
            Event.Review review = rights.mayPublishFor(caller.get(), draft.structureId()) ? Event.Review.PUBLISHED
                    : Event.Review.PENDING;
            return events.create(draft.withAuthor(caller.get().email(), caller.get().name()), review,
                    caller.get().personId());
        }
        if (draft.authorEmail() == null || draft.authorEmail().isBlank()) {
            throw new InvalidInput("authorEmail", "Give your e-mail address: the moderators answer there.");
        }
        if (draft.authorEmail().indexOf('@') < 1) {
            throw new InvalidInput("authorEmail", "must be a well-formed email address");
        }
        if (draft.structureId() != null) {
            throw new InvalidInput("structureId", "Only members of a structure propose events in its name.");
        }
        EventChecks.check(draft);
        countAttempt("mail:" + draft.authorEmail().trim().toLowerCase(Locale.ROOT), "ip:" + (ip == null ? "?" : ip));
        return events.create(draft, Event.Review.PENDING, null);
    }

    /** Records the attempt, refusing it when either key already used up its hour. */
    private void countAttempt(String... keys) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        database.store().run(em -> {
            em.createNativeQuery("DELETE FROM agenda_submission_attempt WHERE attempted_at < ?")
                    .setParameter(1, now.minus(Duration.ofDays(1)).toEpochMilli()).executeUpdate();
            for (String key : keys) {
                Object[] recent = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(attempted_at)"
                        + " FROM agenda_submission_attempt WHERE attempt_key = ? AND attempted_at >= ?")
                        .setParameter(1, key).setParameter(2, hourAgo.toEpochMilli()).getSingleResult();
                if (((Number) recent[0]).longValue() >= perHour) {
                    Instant oldest = Instant.ofEpochMilli(((Number) recent[1]).longValue());
                    throw new SubmissionLimit(perHour, Duration.between(now, oldest.plus(Duration.ofHours(1))));
                }
            }
            for (String key : keys) {
                em.createNativeQuery("INSERT INTO agenda_submission_attempt (attempt_key, attempted_at) VALUES (?, ?)")
                        .setParameter(1, key.length() > 400 ? key.substring(0, 400) : key)
                        .setParameter(2, now.toEpochMilli()).executeUpdate();
            }
        });
    }
}
