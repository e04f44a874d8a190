package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.NotFound;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class ConsentStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private final TestClock clock = new TestClock();
    private ConsentStore consents;
    private Person marie;
    private Person pierre;

    @Before
    public void twoPeople() {
        db.clear();
        consents = new ConsentStore(db.database(), clock);
        PeopleStore people = new PeopleStore(db.database(), clock);
        marie = people.create(new PersonChange("Marie", "marie@example.org", null, null));
        pierre = people.create(new PersonChange("Pierre", "pierre@example.org", null, null));
    }

    private Consent record(Person person, String purpose, String scope, boolean granted) {
        Consent consent = consents.record(person.id(), new ConsentChange(purpose, scope, granted), "test");
        clock.advance(Duration.ofMinutes(1));
        return consent;
    }

    /** The newsletter's import: 20 000 people and their consents, 500 per transaction. */
    @Test
    public void twentyThousandImportedPeopleAndConsentsTakeWellUnderAMinute() {
        PeopleStore people = new PeopleStore(db.database(), clock);
        ConsentChange imported = new ConsentChange("newsletter.subscription", "newsletter/lettre-mensuelle", true);
        long started = System.nanoTime();
        for (int from = 0; from < 20_000; from += 500) {
            List<PersonChange> batch = new java.util.ArrayList<>();
            for (int i = from; i < from + 500; i++) {
                batch.add(new PersonChange("Lecteur " + i, "lecteur" + i + "@example.org", null, null));
            }
            List<Long> ids = people.findOrCreateAll(batch).stream().map(Person::id).toList();
            consents.recordAll(ids, imported, "import: forum");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("20000 people and consents in " + millis + " ms");
        assertTrue("took " + millis + " ms", millis < 30_000);
        assertEquals("no duplicate", people.findOrCreateAll(List.of(new PersonChange("X", "lecteur7@example.org", null,
                null))).get(0).id(), people.findByEmail("lecteur7@example.org").orElseThrow().id());
    }

    @Test
    public void recordAllKeepsOneDecisionPerPersonOrNothingWhenOneIsUnknown() {
        ConsentChange imported = new ConsentChange("newsletter.subscription", "newsletter/lettre-mensuelle", true);
        assertEquals(2, consents.recordAll(List.of(marie.id(), pierre.id()), imported, "import: forum"));
        assertEquals("import: forum", consents.history(pierre.id()).get(0).source());
        assertTrue(consents.isGranted(marie.id(), "newsletter.subscription", "newsletter/lettre-mensuelle"));

        assertThrows(NotFound.class, () -> consents.recordAll(List.of(marie.id(), 987_654L), imported, "again"));
        assertEquals(1, consents.history(marie.id()).size());
    }

    @Test
    public void recordKeepsTheDecisionWithItsTimeAndSource() {
        Consent recorded = consents.record(marie.id(), new ConsentChange("newsletter", "core", true), "/me/consents");

        assertEquals(marie.id(), recorded.personId());
        assertEquals("newsletter", recorded.purpose());
        assertEquals("core", recorded.scope());
        assertTrue(recorded.granted());
        assertEquals(clock.instant(), recorded.recordedAt());
        assertEquals("/me/consents", recorded.source());
        assertEquals(List.of(recorded), consents.history(marie.id()));
    }

    @Test
    public void withdrawalAfterAGrantHoldsAndBothAreKept() {
        Consent grant = record(marie, "newsletter", "core", true);
        Consent withdrawal = record(marie, "newsletter", "core", false);

        assertEquals(List.of(withdrawal, grant), consents.history(marie.id()));
        assertEquals(List.of(withdrawal), consents.current(marie.id()));
        assertFalse(consents.isGranted(marie.id(), "newsletter", "core"));

        record(marie, "newsletter", "core", true);
        assertTrue(consents.isGranted(marie.id(), "newsletter", "core"));
    }

    @Test
    public void currentHoldsTheLatestDecisionForEachPurposeAndScope() {
        record(marie, "newsletter", "core", true);
        record(marie, "newsletter", "structure/12", false);
        record(marie, "photos", "core", true);
        record(marie, "newsletter", "structure/12", true);
        record(marie, "photos", "core", false);

        List<Consent> current = consents.current(marie.id());

        assertEquals(3, current.size());
        assertEquals(Set.of("newsletter core true", "newsletter structure/12 true", "photos core false"),
                current.stream().map(c -> c.purpose() + " " + c.scope() + " " + c.granted()).collect(Collectors.toSet()));
        assertTrue(consents.isGranted(marie.id(), "newsletter", "core"));
        assertTrue(consents.isGranted(marie.id(), "newsletter", "structure/12"));
        assertFalse(consents.isGranted(marie.id(), "photos", "core"));
        assertFalse(consents.isGranted(marie.id(), "photos", "structure/12"));
    }

    @Test
    public void decisionsAtTheSameInstantAreOrderedByRecording() {
        Consent first = consents.record(marie.id(), new ConsentChange("newsletter", "core", true), null);
        Consent second = consents.record(marie.id(), new ConsentChange("newsletter", "core", false), null);

        assertEquals(List.of(second, first), consents.history(marie.id()));
        assertFalse(consents.isGranted(marie.id(), "newsletter", "core"));
    }

    @Test
    public void eachPersonSeesOnlyTheirOwnDecisions() {
        record(marie, "newsletter", "core", true);

        assertEquals(List.of(), consents.history(pierre.id()));
        assertFalse(consents.isGranted(pierre.id(), "newsletter", "core"));
    }

    @Test
    public void recordForUnknownPersonIsNotFound() {
        assertThrows(NotFound.class,
                () -> consents.record(987_654, new ConsentChange("newsletter", "core", true), null));
        assertEquals(0, db.count("ConsentEntity"));
    }
}
