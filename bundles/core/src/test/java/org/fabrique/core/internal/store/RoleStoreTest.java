package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.fabrique.core.NotFound;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class RoleStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final ModuleDescriptor AGENDA = new ModuleDescriptor() {
        @Override
        public String id() {
            return "agenda";
        }

        @Override
        public String name(Language language) {
            return "Agenda";
        }

        @Override
        public String description(Language language) {
            return "Events";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String entryPage() {
            return "/agenda";
        }

        @Override
        public Set<String> roles() {
            return Set.of("agenda.moderator");
        }
    };

    private RoleStore roles;
    private Person marie;

    @Before
    public void onePerson() {
        db.clear();
        TestClock clock = new TestClock();
        roles = new RoleStore(db.database(), clock);
        marie = new PeopleStore(db.database(), clock).create(new PersonChange("Marie", "marie@example.org", null, null));
    }

    @Test
    public void adminCanBeGrantedOnceWhateverTheNumberOfGrants() {
        assertFalse(roles.anyoneHas(Caller.ADMIN));

        roles.grant(marie.id(), Caller.ADMIN);
        roles.grant(marie.id(), Caller.ADMIN);

        assertEquals(Set.of(Caller.ADMIN), roles.of(marie.id()));
        assertTrue(roles.anyoneHas(Caller.ADMIN));
        assertEquals(1, db.count("RoleGrantEntity"));
    }

    @Test
    public void undeclaredRoleIsRefusedOnTheRoleField() {
        InvalidInput undeclared = assertThrows(InvalidInput.class, () -> roles.grant(marie.id(), "agenda.moderator"));
        InvalidInput missing = assertThrows(InvalidInput.class, () -> roles.grant(marie.id(), null));

        assertEquals("role", undeclared.field());
        assertEquals("role", missing.field());
        assertEquals(Set.of(), roles.of(marie.id()));
        assertEquals(Set.of(Caller.ADMIN), roles.grantable());
    }

    @Test
    public void roleDeclaredByAnInstalledModuleBecomesGrantable() {
        roles.addModule(AGENDA);

        roles.grant(marie.id(), "agenda.moderator");

        assertEquals(Set.of(Caller.ADMIN, "agenda.moderator"), roles.grantable());
        assertEquals(Set.of("agenda.moderator"), roles.of(marie.id()));
        assertTrue(roles.anyoneHas("agenda.moderator"));
        assertFalse(roles.anyoneHas(Caller.ADMIN));

        roles.removeModule(AGENDA);
        assertEquals(Set.of(Caller.ADMIN), roles.grantable());
        assertThrows(InvalidInput.class, () -> roles.grant(marie.id(), "agenda.moderator"));
    }

    @Test
    public void grantToUnknownPersonIsNotFound() {
        assertThrows(NotFound.class, () -> roles.grant(987_654, Caller.ADMIN));
        assertFalse(roles.anyoneHas(Caller.ADMIN));
    }

    @Test
    public void revokeRemovesOnlyThatRole() {
        roles.addModule(AGENDA);
        roles.grant(marie.id(), Caller.ADMIN);
        roles.grant(marie.id(), "agenda.moderator");

        roles.revoke(marie.id(), Caller.ADMIN);

        assertEquals(Set.of("agenda.moderator"), roles.of(marie.id()));
        assertFalse(roles.anyoneHas(Caller.ADMIN));
    }
}
