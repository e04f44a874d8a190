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

    @Test
    public void recordAllKeepsOneDecisionPerPersonOrNothingWhenOneIsUnknown() {
        ConsentChange imported = new ConsentChange("newsletter.subscription", "newsletter/lettre-mensuelle", true);
        List<Consent> recorded = consents.recordAll(List.of(marie.id(), pierre.id()), imported, "import: forum");
        assertEquals(2, recorded.size());
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
