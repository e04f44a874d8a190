package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fabrique.core.Conflict;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class PeopleStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private final TestClock clock = new TestClock();
    private PeopleStore people;

    @Before
    public void emptyDatabase() {
        db.clear();
        people = new PeopleStore(db.database(), clock);
    }

    private Person create(String name, String email) {
        return people.create(new PersonChange(name, email, null, null));
    }

    private List<String> namesFound(String query) {
        return people.list(new PageRequest(0, 100, query)).items().stream().map(Person::name).toList();
    }

    @Test
    public void createdPersonIsStoredNormalisedAndFoundByIdAndEmail() {
        Instant now = clock.instant();
        Person created = people.create(new PersonChange(" Marie Curie ", " Marie@Example.org ", " +33 1 23 45 ", null));

        assertEquals("Marie Curie", created.name());
        assertEquals("marie@example.org", created.email());
        assertEquals("+33 1 23 45", created.phone());
        assertEquals(Language.FR, created.language());
        assertEquals(now, created.createdAt());
        assertEquals(now, created.updatedAt());
        assertEquals(created, people.find(created.id()).orElseThrow());
        assertEquals(created.id(), people.findByEmail(" MARIE@example.ORG").orElseThrow().id());
    }

    @Test
    public void findOrCreateAllFindsTheKnownCreatesTheOthersOnceInOrder() {
        Person marie = create("Marie", "marie@example.org");
        List<Person> found = people.findOrCreateAll(List.of(new PersonChange("Autre nom", "Marie@Example.org", null, null),
                new PersonChange("Paul", "paul@example.org", null, null),
                new PersonChange("Paul encore", "paul@example.org", null, null)));
        assertEquals(marie.id(), found.get(0).id());
        assertEquals("Marie", found.get(0).name());
        assertEquals("Paul", found.get(1).name());
        assertEquals(found.get(1).id(), found.get(2).id());
        assertEquals(found.get(1), people.findByEmail("paul@example.org").orElseThrow());
    }

    @Test
    public void unknownPeopleAreNotFound() {
        assertFalse(people.find(987_654).isPresent());
        assertFalse(people.findByEmail("nobody@example.org").isPresent());
        assertThrows(NotFound.class, () -> people.update(987_654, new PersonChange("X", "x@example.org", null, null)));
    }

    @Test
    public void updateChangesTheFieldsAndTheUpdateTimeOnly() {
        Person created = create("Marie", "marie@example.org");
        clock.advance(Duration.ofHours(1));

        Person updated = people.update(created.id(), new PersonChange("Marie Curie", "curie@example.org", " ", Language.EN));

        assertEquals("Marie Curie", updated.name());
        assertEquals("curie@example.org", updated.email());
        assertNull(updated.phone());
        assertEquals(Language.EN, updated.language());
        assertEquals(created.createdAt(), updated.createdAt());
        assertEquals(clock.instant(), updated.updatedAt());
        assertEquals(updated, people.find(created.id()).orElseThrow());
    }

    @Test
    public void emailIsUniqueWithoutRegardToCaseOrSpaces() {
        create("Marie", " Marie@Example.org ");

        Conflict conflict = assertThrows(Conflict.class, () -> create("Another Marie", "marie@example.org"));

        assertEquals("email", conflict.field());
        assertEquals(409, conflict.status());
        assertEquals(1, db.count("PersonEntity"));
    }

    @Test
    public void updateToTheEmailOfAnotherPersonIsAConflict() {
        create("Marie", "marie@example.org");
        Person pierre = create("Pierre", "pierre@example.org");

        Conflict conflict = assertThrows(Conflict.class,
                () -> people.update(pierre.id(), new PersonChange("Pierre", "MARIE@example.org", null, null)));

        assertEquals("email", conflict.field());
        assertEquals("pierre@example.org", people.find(pierre.id()).orElseThrow().email());
    }

    @Test
    public void updateKeepingOnesOwnEmailIsAllowed() {
        Person marie = create("Marie", "marie@example.org");

        Person updated = people.update(marie.id(), new PersonChange("Marie C.", " MARIE@example.org", null, null));

        assertEquals("Marie C.", updated.name());
        assertEquals("marie@example.org", updated.email());
    }

    @Test
    public void listSearchesNamesAndEmailsWithoutRegardToCase() {
        create("Alice Martin", "alice@example.org");
        create("Bob Durand", "bob@martin.example");
        create("Chloé Petit", "chloe@example.org");

        assertEquals(List.of("Alice Martin", "Bob Durand"), namesFound("MARTIN"));
        assertEquals(List.of("Chloé Petit"), namesFound(" petit "));
        assertEquals(List.of("Alice Martin", "Chloé Petit"), namesFound("Example.ORG"));
        assertEquals(List.of("Alice Martin", "Bob Durand", "Chloé Petit"), namesFound(" "));
        assertEquals(List.of(), namesFound("zoé"));
    }

    @Test
    public void listPagesInNameOrderAndCountsEveryMatch() {
        for (String name : new String[] {"P3", "P1", "P5", "P2", "P4"}) {
            create(name, name.toLowerCase() + "@example.org");
        }

        Page<Person> first = people.list(new PageRequest(0, 2, null));
        Page<Person> last = people.list(new PageRequest(2, 2, null));
        Page<Person> beyond = people.list(new PageRequest(3, 2, null));

        assertEquals(List.of("P1", "P2"), first.items().stream().map(Person::name).toList());
        assertEquals(5, first.total());
        assertEquals(0, first.page());
        assertEquals(2, first.size());
        assertEquals(List.of("P5"), last.items().stream().map(Person::name).toList());
        assertEquals(5, last.total());
        assertTrue(beyond.items().isEmpty());
        assertEquals(5, beyond.total());
        Page<Person> filtered = people.list(new PageRequest(0, 1, "p2"));
        assertEquals(List.of("P2"), filtered.items().stream().map(Person::name).toList());
        assertEquals(1, filtered.total());
    }

    @Test
    public void wildcardsInTheQueryMatchLiterally() {
        create("100% bio", "bio@example.org");
        create("1000 bio", "mille@example.org");
        create("a_b", "ab@example.org");
        create("axb", "axb@example.org");
        create("back\\slash", "slash@example.org");
        create("backslash", "noslash@example.org");

        assertEquals(List.of("100% bio"), namesFound("%"));
        assertEquals(List.of("100% bio"), namesFound("0% b"));
        assertEquals(List.of("a_b"), namesFound("_"));
        assertEquals(List.of("a_b"), namesFound("a_b"));
        assertEquals(List.of("back\\slash"), namesFound("\\"));
        assertEquals(1, people.list(new PageRequest(0, 10, "%")).total());
    }
}
