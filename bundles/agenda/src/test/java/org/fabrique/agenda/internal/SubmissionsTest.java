package org.fabrique.agenda.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fabrique.agenda.Event;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.testing.TestClock;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Who publishes directly, who waits for moderation, and the limit on proposals without an account. */
public class SubmissionsTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase("fabrique-agenda");

    private static final long STRUCTURE = 12;
    private static final Caller COORDINATOR = new Caller(1, "coord@example.org", "Coordinatrice", Language.FR, Set.of());
    private static final Caller MEMBER = new Caller(2, "membre@example.org", "Membre", Language.FR, Set.of());
    private static final Caller MODERATOR = new Caller(3, "modo@example.org", "Modo", Language.FR, Set.of("agenda.moderator"));

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    private Submissions submissions;
    private Events events;

    /** Person 1 coordinates structure 12; nobody else belongs to anything. */
    private static final class FakeMemberships implements Memberships {
        @Override
        public List<Membership> ofStructure(long structureId) {
            return List.of();
        }

        @Override
        public List<Membership> ofPerson(long personId) {
            return List.of();
        }

        @Override
        public Optional<Membership> find(long membershipId) {
            return Optional.empty();
        }

        @Override
        public Membership add(long structureId, long personId, MembershipRole role, MembershipStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Membership change(long membershipId, MembershipRole role, MembershipStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(long membershipId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MembershipRole> activeRole(long personId, long structureId) {
            return personId == 1 && structureId == STRUCTURE ? Optional.of(MembershipRole.COORDINATOR) : Optional.empty();
        }
    }

    @Before
    public void setUp() {
        AgendaDatabase database = new AgendaDatabase(DB.migrations(), DB.entityManagerFactory());
        for (String table : List.of("agenda_occurrence", "agenda_event", "agenda_submission_attempt")) {
            DB.update("DELETE FROM " + table);
        }
        AgendaConfig config = TestConfig.with(Map.of("submissionsPerHour", 2));
        events = new Events(database, config, clock);
        submissions = new Submissions(database, events, new AgendaRights(new FakeMemberships()), config, clock);
    }

    private static EventDraft draft(Long structure, String email) {
        return new EventDraft("Atelier vélo", null, structure, null, null, null, null,
                Instant.parse("2026-12-12T09:00:00Z"), null, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, email, null);
    }

    @Test
    public void coordinatorsAndModeratorsPublishOthersWait() {
        List<String> posted = new java.util.ArrayList<>();
        events.eventAdmin = new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                posted.add(event.getTopic() + " " + event.getProperty("title"));
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                postEvent(event);
            }
        };
        assertEquals(Event.Review.PUBLISHED, submissions.submit(draft(STRUCTURE, null), Optional.of(COORDINATOR), "1.1.1.1").review());
        assertEquals(Event.Review.PENDING, submissions.submit(draft(STRUCTURE, null), Optional.of(MEMBER), "1.1.1.1").review());
        assertEquals(Event.Review.PUBLISHED, submissions.submit(draft(null, null), Optional.of(MODERATOR), "1.1.1.1").review());
        assertEquals(Event.Review.PENDING, submissions.submit(draft(null, null), Optional.of(COORDINATOR), "1.1.1.1").review());
        assertEquals(List.of("coord@example.org"), List.of(events.author(events.queue(10).get(1).id()).get()[0]));
        assertEquals(List.of(Events.PUBLISHED_TOPIC + " Atelier vélo", Events.PUBLISHED_TOPIC + " Atelier vélo"), posted);
        events.review(events.queue(10).get(0).id(), Event.Review.PUBLISHED, "Merci");
        assertEquals(3, posted.size());
    }

    @Test
    public void aVisitorGivesAnAddressAndIsHeldToTheHourlyLimitByAddressAndByNetworkAddress() {
        assertEquals("authorEmail", assertThrows(InvalidInput.class,
                () -> submissions.submit(draft(null, null), Optional.empty(), "2.2.2.2")).field());
        assertEquals("structureId", assertThrows(InvalidInput.class,
                () -> submissions.submit(draft(STRUCTURE, "voisine@example.org"), Optional.empty(), "2.2.2.2")).field());
        assertEquals(Event.Review.PENDING, submissions.submit(draft(null, "voisine@example.org"), Optional.empty(), "2.2.2.2").review());
        submissions.submit(draft(null, "Voisine@Example.org"), Optional.empty(), "3.3.3.3");
        clock.advance(Duration.ofMinutes(10));
        SubmissionLimit limit = assertThrows(SubmissionLimit.class,
                () -> submissions.submit(draft(null, "voisine@example.org"), Optional.empty(), "4.4.4.4"));
        assertEquals("authorEmail", limit.field());
        assertEquals("until the first of the hour's submissions is an hour old", Duration.ofMinutes(50), limit.retryAfter());
        submissions.submit(draft(null, "autre@example.org"), Optional.empty(), "2.2.2.2");
        assertThrows(SubmissionLimit.class, () -> submissions.submit(draft(null, "troisieme@example.org"), Optional.empty(), "2.2.2.2"));
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_event"));

        clock.advance(Duration.ofMinutes(51));
        submissions.submit(draft(null, "voisine@example.org"), Optional.empty(), "2.2.2.2");
        assertEquals(4, DB.count("SELECT COUNT(*) FROM agenda_event"));
    }

    @Test
    public void cancellingOneOccurrenceAddsAnExceptionAndRemovesItFromTheIndex() {
        EventDraft weekly = new EventDraft("Chorale", null, null, null, null, null, null,
                Instant.parse("2026-12-01T19:30:00Z"), null, false, "FREQ=WEEKLY;COUNT=4", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        Event event = events.create(weekly, Event.Review.PUBLISHED, 3L);
        assertEquals(4, DB.count("SELECT COUNT(*) FROM agenda_occurrence WHERE event_id = " + event.id()));
        Event cancelled = events.cancelOccurrence(event.id(), Instant.parse("2026-12-08T19:30:00Z"));
        assertEquals(List.of("20261208T203000"), cancelled.exdates());
        assertEquals(3, DB.count("SELECT COUNT(*) FROM agenda_occurrence WHERE event_id = " + event.id()));
        assertEquals("FREQ=WEEKLY;COUNT=4", cancelled.rrule());
    }
}
