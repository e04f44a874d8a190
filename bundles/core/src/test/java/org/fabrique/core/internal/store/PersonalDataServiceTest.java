package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.NotFound;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.PersonalDataContributor;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class PersonalDataServiceTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final String PASSWORD = "correct horse battery";

    /** A module that keeps a note about people, and remembers whom it was asked to erase. */
    private static final class FakeModule implements PersonalDataContributor {

        private final String id;
        private final boolean failing;
        final List<Long> erased = new ArrayList<>();

        FakeModule(String id, boolean failing) {
            this.id = id;
            this.failing = failing;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Object export(long personId) {
            if (failing) {
                throw new IllegalStateException("module down");
            }
            return Map.of("notes", List.of("note of " + personId));
        }

        @Override
        public void erase(long personId) {
            if (failing) {
                throw new IllegalStateException("module down");
            }
            erased.add(personId);
        }
    }

    private final TestClock clock = new TestClock();
    private PeopleStore people;
    private MembershipStore memberships;
    private RoleStore roles;
    private ConsentStore consents;
    private AccountStore accounts;
    private AuditStore audit;
    private PersonalDataService personalData;
    private Person marie;
    private Person pierre;
    private Structure venue;

    @Before
    public void twoPeopleWithDataEverywhere() {
        db.clear();
        people = new PeopleStore(db.database(), clock);
        memberships = new MembershipStore(db.database(), clock);
        roles = new RoleStore(db.database(), clock);
        consents = new ConsentStore(db.database(), clock);
        accounts = new AccountStore(db.database(), clock, 1000, Duration.ofHours(1), 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        audit = new AuditStore(db.database(), clock);
        personalData = new PersonalDataService(db.database(), people, memberships, roles, consents);
        venue = new StructureStore(db.database(), clock)
                .create(new StructureChange("Venue", StructureKind.VENUE, null, null, null, null, null, null));
        marie = withDataEverywhere("Marie", "marie@example.org");
        pierre = withDataEverywhere("Pierre", "pierre@example.org");
    }

    private Person withDataEverywhere(String name, String email) {
        Person person = people.create(new PersonChange(name, email, null, null));
        memberships.add(venue.id(), person.id(), MembershipRole.COORDINATOR, MembershipStatus.ACTIVE);
        roles.grant(person.id(), Caller.ADMIN);
        consents.record(person.id(), new ConsentChange("newsletter", "core", true), "test");
        accounts.setPassword(person.id(), PASSWORD);
        accounts.login(email, PASSWORD);
        accounts.issueOneTimeToken(person.id(), OneTimePurpose.RESET_PASSWORD, Duration.ofHours(2));
        audit.record(person.id(), "structure.update", "structure/" + venue.id(), null);
        return person;
    }

    private long rowsOf(String entity, Person person) {
        return db.read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.personId = :p", Long.class)
                .setParameter("p", person.id()).getSingleResult());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void exportHoldsTheCorePartFirstThenEachModulesPart() {
        personalData.addContributor(new FakeModule("agenda", false));

        Map<String, Object> export = personalData.export(marie.id());

        assertEquals(List.of("core", "agenda"), List.copyOf(export.keySet()));
        Map<String, Object> core = (Map<String, Object>) export.get("core");
        assertEquals(marie, core.get("person"));
        assertEquals(memberships.ofPerson(marie.id()), core.get("memberships"));
        assertEquals(Set.of(Caller.ADMIN), core.get("roles"));
        assertEquals(consents.history(marie.id()), core.get("consents"));
        assertEquals(Map.of("notes", List.of("note of " + marie.id())), export.get("agenda"));
    }

    @Test
    public void exportStillAnswersWhenAModuleFails() {
        personalData.addContributor(new FakeModule("broken", true));
        personalData.addContributor(new FakeModule("agenda", false));

        Map<String, Object> export = personalData.export(marie.id());

        assertTrue(((Map<?, ?>) export.get("broken")).containsKey("error"));
        assertEquals(Map.of("notes", List.of("note of " + marie.id())), export.get("agenda"));
    }

    @Test
    public void exportOfUnknownPersonIsNotFound() {
        assertThrows(NotFound.class, () -> personalData.export(987_654));
    }

    @Test
    public void eraseAsksEveryModuleThenRemovesEverythingOfThePerson() {
        FakeModule agenda = new FakeModule("agenda", false);
        FakeModule newsletter = new FakeModule("newsletter", false);
        personalData.addContributor(agenda);
        personalData.addContributor(newsletter);

        personalData.erase(marie.id());

        assertEquals(List.of(marie.id()), agenda.erased);
        assertEquals(List.of(marie.id()), newsletter.erased);
        assertFalse(people.find(marie.id()).isPresent());
        for (String entity : new String[] {"MembershipEntity", "RoleGrantEntity", "ConsentEntity", "TokenEntity",
                "AccountEntity", "OneTimeTokenEntity"}) {
            assertEquals(entity, 0, rowsOf(entity, marie));
            assertEquals(entity, 1, rowsOf(entity, pierre));
        }
        assertThrows(AuthenticationRequired.class, () -> accounts.login(marie.email(), PASSWORD));
    }

    @Test
    public void eraseKeepsTheAuditTrailWithoutTheActor() {
        personalData.erase(marie.id());

        List<Long> actors = audit.list(new PageRequest(0, 10, null)).items().stream().map(e -> e.actorId()).toList();

        assertEquals(2, actors.size());
        assertTrue(actors.contains(pierre.id()));
        assertTrue(actors.contains(null));
        assertNull(db.read(em -> em.createQuery("SELECT a.actorId FROM AuditEntity a WHERE a.actorId = :p", Long.class)
                .setParameter("p", marie.id()).getResultStream().findFirst().orElse(null)));
    }

    @Test
    public void theLastAdministratorCannotBeErased() {
        personalData.erase(marie.id());

        Conflict refused = assertThrows(Conflict.class, () -> personalData.erase(pierre.id()));

        assertEquals("role", refused.field());
        assertTrue(people.find(pierre.id()).isPresent());
    }

    @Test
    public void eraseForgetsTheFailedLoginsOfTheAddress() {
        assertThrows(AuthenticationRequired.class, () -> accounts.login(marie.email(), "not the password"));
        String key = org.fabrique.core.internal.security.Tokens.sha256(Emails.normalise(marie.email()));
        assertNotNull(db.read(em -> em.find(LoginThrottleEntity.class, key)));

        personalData.erase(marie.id());

        assertNull(db.read(em -> em.find(LoginThrottleEntity.class, key)));
    }

    @Test
    public void failingModuleLeavesThePersonInPlaceForARetry() {
        personalData.addContributor(new FakeModule("agenda", false));
        personalData.addContributor(new FakeModule("broken", true));

        assertThrows(IllegalStateException.class, () -> personalData.erase(marie.id()));

        assertTrue(people.find(marie.id()).isPresent());
        assertEquals(1, rowsOf("MembershipEntity", marie));
        assertEquals(1, rowsOf("AccountEntity", marie));
        assertTrue(accounts.verifyPassword(marie.id(), PASSWORD));
    }

    @Test
    public void eraseOfUnknownPersonIsNotFoundAndAsksNoModule() {
        FakeModule agenda = new FakeModule("agenda", false);
        personalData.addContributor(agenda);

        assertThrows(NotFound.class, () -> personalData.erase(987_654));

        assertTrue(agenda.erased.isEmpty());
    }
}
