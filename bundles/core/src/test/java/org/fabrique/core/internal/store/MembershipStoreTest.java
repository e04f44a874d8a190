package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.Language;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.NotFound;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class MembershipStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private final TestClock clock = new TestClock();
    private MembershipStore memberships;
    private Person zoe;
    private Person albert;
    private Structure venue;
    private Structure atelier;

    @Before
    public void twoPeopleAndTwoStructures() {
        db.clear();
        memberships = new MembershipStore(db.database(), clock);
        PeopleStore people = new PeopleStore(db.database(), clock);
        zoe = people.create(new PersonChange("Zoé", "zoe@example.org", null, null));
        albert = people.create(new PersonChange("Albert", "albert@example.org", null, null));
        StructureStore structures = new StructureStore(db.database(), clock);
        venue = structures.create(new StructureChange("Venue", StructureKind.VENUE, null, null, null, null, null, null));
        atelier = structures.create(
                new StructureChange("Atelier", StructureKind.ASSOCIATION, null, null, null, null, null, null));
    }

    private static Caller caller(Person person, Set<String> roles) {
        return new Caller(person.id(), person.email(), person.name(), Language.FR, roles);
    }

    @Test
    public void addedMembershipCarriesTheNamesRoleStatusAndTime() {
        Membership added = memberships.add(venue.id(), zoe.id(), MembershipRole.VOLUNTEER, MembershipStatus.PENDING);

        assertEquals(zoe.id(), added.personId());
        assertEquals("Zoé", added.personName());
        assertEquals(venue.id(), added.structureId());
        assertEquals("Venue", added.structureName());
        assertEquals(MembershipRole.VOLUNTEER, added.role());
        assertEquals(MembershipStatus.PENDING, added.status());
        assertEquals(clock.instant(), added.createdAt());
        assertEquals(added, memberships.find(added.id()).orElseThrow());
    }

    @Test
    public void addingTheSamePersonTwiceIsAConflictOnPersonId() {
        memberships.add(venue.id(), zoe.id(), MembershipRole.MEMBER, MembershipStatus.PENDING);

        Conflict conflict = assertThrows(Conflict.class,
                () -> memberships.add(venue.id(), zoe.id(), MembershipRole.COORDINATOR, MembershipStatus.ACTIVE));

        assertEquals("personId", conflict.field());
        assertEquals(1, memberships.ofStructure(venue.id()).size());
    }

    @Test
    public void addingToUnknownStructureOrUnknownPersonIsNotFound() {
        assertThrows(NotFound.class,
                () -> memberships.add(987_654, zoe.id(), MembershipRole.MEMBER, MembershipStatus.ACTIVE));
        assertThrows(NotFound.class,
                () -> memberships.add(venue.id(), 987_654, MembershipRole.MEMBER, MembershipStatus.ACTIVE));
        assertEquals(0, db.count("MembershipEntity"));
    }

    @Test
    public void ofStructureIsByPersonNameAndOfPersonByStructureName() {
        memberships.add(venue.id(), zoe.id(), MembershipRole.MEMBER, MembershipStatus.ACTIVE);
        memberships.add(venue.id(), albert.id(), MembershipRole.STAFF, MembershipStatus.ACTIVE);
        memberships.add(atelier.id(), zoe.id(), MembershipRole.COORDINATOR, MembershipStatus.PENDING);

        List<Membership> ofVenue = memberships.ofStructure(venue.id());
        List<Membership> ofZoe = memberships.ofPerson(zoe.id());

        assertEquals(List.of("Albert", "Zoé"), ofVenue.stream().map(Membership::personName).toList());
        assertEquals(List.of("Venue", "Venue"), ofVenue.stream().map(Membership::structureName).toList());
        assertEquals(List.of("Atelier", "Venue"), ofZoe.stream().map(Membership::structureName).toList());
        assertEquals(List.of("Zoé", "Zoé"), ofZoe.stream().map(Membership::personName).toList());
        assertEquals(List.of(), memberships.ofPerson(987_654));
    }

    @Test
    public void activeRoleIsEmptyWhilePendingAndPresentOnceActive() {
        Membership pending = memberships.add(venue.id(), zoe.id(), MembershipRole.STAFF, MembershipStatus.PENDING);
        assertEquals(Optional.empty(), memberships.activeRole(zoe.id(), venue.id()));

        memberships.change(pending.id(), null, MembershipStatus.ACTIVE);

        assertEquals(Optional.of(MembershipRole.STAFF), memberships.activeRole(zoe.id(), venue.id()));
        assertEquals(Optional.empty(), memberships.activeRole(zoe.id(), atelier.id()));
        assertEquals(Optional.empty(), memberships.activeRole(albert.id(), venue.id()));
    }

    @Test
    public void changeSetsOnlyWhatIsGiven() {
        Membership added = memberships.add(venue.id(), zoe.id(), MembershipRole.MEMBER, MembershipStatus.PENDING);

        Membership roleChanged = memberships.change(added.id(), MembershipRole.COORDINATOR, null);
        assertEquals(MembershipRole.COORDINATOR, roleChanged.role());
        assertEquals(MembershipStatus.PENDING, roleChanged.status());

        Membership statusChanged = memberships.change(added.id(), null, MembershipStatus.ACTIVE);
        assertEquals(MembershipRole.COORDINATOR, statusChanged.role());
        assertEquals(MembershipStatus.ACTIVE, statusChanged.status());
        assertEquals(statusChanged, memberships.find(added.id()).orElseThrow());

        assertThrows(NotFound.class, () -> memberships.change(987_654, MembershipRole.MEMBER, null));
    }

    @Test
    public void removeDeletesOnlyThatMembership() {
        Membership removed = memberships.add(venue.id(), zoe.id(), MembershipRole.MEMBER, MembershipStatus.ACTIVE);
        Membership kept = memberships.add(venue.id(), albert.id(), MembershipRole.MEMBER, MembershipStatus.ACTIVE);

        memberships.remove(removed.id());

        assertFalse(memberships.find(removed.id()).isPresent());
        assertEquals(List.of(kept), memberships.ofStructure(venue.id()));
        assertThrows(NotFound.class, () -> memberships.remove(removed.id()));
    }

    @Test
    public void adminMayManageAnyStructureWithoutBelongingToIt() {
        assertTrue(memberships.mayManage(caller(albert, Set.of(Caller.ADMIN)), venue.id()));
    }

    @Test
    public void onlyAnActiveCoordinatorOfThatStructureMayManageIt() {
        Membership coordinator = memberships.add(venue.id(), zoe.id(), MembershipRole.COORDINATOR,
                MembershipStatus.PENDING);
        memberships.add(venue.id(), albert.id(), MembershipRole.STAFF, MembershipStatus.ACTIVE);
        Caller zoeCaller = caller(zoe, Set.of());

        assertFalse("pending coordinator", memberships.mayManage(zoeCaller, venue.id()));
        memberships.change(coordinator.id(), null, MembershipStatus.ACTIVE);
        assertTrue("active coordinator", memberships.mayManage(zoeCaller, venue.id()));
        assertFalse("coordinator of another structure", memberships.mayManage(zoeCaller, atelier.id()));
        assertFalse("active staff member", memberships.mayManage(caller(albert, Set.of("agenda.moderator")), venue.id()));
    }
}
