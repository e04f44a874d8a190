package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class StructureStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private final TestClock clock = new TestClock();
    private StructureStore structures;

    @Before
    public void emptyDatabase() {
        db.clear();
        structures = new StructureStore(db.database(), clock);
    }

    private static StructureChange change(String name, StructureKind kind, String neighbourhood, String description) {
        return new StructureChange(name, kind, null, null, null, neighbourhood, null, description);
    }

    private Structure create(String name, StructureKind kind, String neighbourhood, String description) {
        return structures.create(change(name, kind, neighbourhood, description));
    }

    private List<String> namesFound(String query, StructureKind kind) {
        return structures.list(new PageRequest(0, 100, query), kind).items().stream().map(Structure::name).toList();
    }

    @Test
    public void createdStructureIsTrimmedWithBlanksAsNullAndCanBeFound() {
        Structure created = structures.create(new StructureChange(" Atelier Vélo ", StructureKind.ASSOCIATION,
                "123456789", "W423001234", " 3 rue des Roues ", " ", "https://velo.example", ""));

        assertEquals("Atelier Vélo", created.name());
        assertEquals(StructureKind.ASSOCIATION, created.kind());
        assertEquals("123456789", created.siren());
        assertEquals("W423001234", created.rna());
        assertEquals("3 rue des Roues", created.address());
        assertNull(created.neighbourhood());
        assertNull(created.description());
        assertEquals(clock.instant(), created.createdAt());
        assertEquals(created, structures.find(created.id()).orElseThrow());
    }

    @Test
    public void updateChangesTheFieldsAndTheUpdateTimeOnly() {
        Structure created = create("Atelier", StructureKind.ASSOCIATION, null, null);
        clock.advance(Duration.ofMinutes(5));

        Structure updated = structures.update(created.id(), change("Atelier Coop", StructureKind.COOPERATIVE,
                "Croix-Rousse", "Réparation"));

        assertEquals("Atelier Coop", updated.name());
        assertEquals(StructureKind.COOPERATIVE, updated.kind());
        assertEquals("Croix-Rousse", updated.neighbourhood());
        assertEquals(created.createdAt(), updated.createdAt());
        assertEquals(clock.instant(), updated.updatedAt());
        assertEquals(updated, structures.find(created.id()).orElseThrow());
    }

    @Test
    public void unknownStructuresAreNotFound() {
        assertFalse(structures.find(987_654).isPresent());
        assertThrows(NotFound.class,
                () -> structures.update(987_654, change("X", StructureKind.VENUE, null, null)));
        assertThrows(NotFound.class, () -> structures.delete(987_654));
    }

    @Test
    public void listFiltersByKind() {
        create("Café", StructureKind.VENUE, null, null);
        create("Atelier", StructureKind.ASSOCIATION, null, null);
        create("Salle", StructureKind.VENUE, null, null);

        assertEquals(List.of("Café", "Salle"), namesFound(null, StructureKind.VENUE));
        assertEquals(List.of("Atelier", "Café", "Salle"), namesFound(null, null));
        assertEquals(List.of(), namesFound(null, StructureKind.COMPANY));
    }

    @Test
    public void listSearchesNameNeighbourhoodAndDescriptionWithoutRegardToCase() {
        create("Jardin partagé", StructureKind.COLLECTIVE, "Guillotière", "Potager");
        create("Atelier", StructureKind.ASSOCIATION, "Croix-Rousse", "Un JARDIN sur le toit");
        create("Café", StructureKind.VENUE, "guillotière", null);
        create("Mairie", StructureKind.PUBLIC_BODY, null, null);

        assertEquals(List.of("Atelier", "Jardin partagé"), namesFound("jardin", null));
        assertEquals(List.of("Café", "Jardin partagé"), namesFound("GUILLOTIÈRE", null));
        assertEquals(List.of("Mairie"), namesFound("mairie", null));
        assertEquals(List.of("Café"), namesFound("guillotière", StructureKind.VENUE));
        assertEquals(List.of(), namesFound("jardin", StructureKind.VENUE));
    }

    @Test
    public void listPagesInNameOrderAndCountsEveryMatch() {
        for (String name : new String[] {"S3", "S1", "S4", "S2"}) {
            create(name, StructureKind.COMPANY, null, null);
        }
        create("Other", StructureKind.VENUE, null, null);

        Page<Structure> second = structures.list(new PageRequest(1, 3, null), StructureKind.COMPANY);

        assertEquals(List.of("S4"), second.items().stream().map(Structure::name).toList());
        assertEquals(4, second.total());
        assertEquals(1, second.page());
    }

    @Test
    public void deleteRemovesTheStructureAndItsMembershipsButNotThePeople() {
        Structure doomed = create("Doomed", StructureKind.VENUE, null, null);
        Structure kept = create("Kept", StructureKind.VENUE, null, null);
        Person marie = new PeopleStore(db.database(), clock)
                .create(new PersonChange("Marie", "marie@example.org", null, null));
        MembershipStore memberships = new MembershipStore(db.database(), clock);
        memberships.add(doomed.id(), marie.id(), MembershipRole.COORDINATOR, MembershipStatus.ACTIVE);
        memberships.add(kept.id(), marie.id(), MembershipRole.MEMBER, MembershipStatus.ACTIVE);

        structures.delete(doomed.id());

        assertFalse(structures.find(doomed.id()).isPresent());
        assertTrue(memberships.ofStructure(doomed.id()).isEmpty());
        assertEquals(List.of(kept.id()), memberships.ofPerson(marie.id()).stream().map(m -> m.structureId()).toList());
        assertEquals(1, db.count("MembershipEntity"));
        assertEquals(1, db.count("PersonEntity"));
    }
}
