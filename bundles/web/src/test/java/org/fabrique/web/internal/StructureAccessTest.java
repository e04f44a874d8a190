package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.junit.Test;

/** The decisions of the structure page, cell by cell as in docs/permissions.md. */
public class StructureAccessTest {

    private static final long S = 7;
    private final FakeMemberships memberships = new FakeMemberships();

    private static Caller person(long id, String... roles) {
        return new Caller(id, "p" + id + "@example.org", "P" + id, Language.FR, Set.of(roles));
    }

    @Test
    public void anonymousVisitorsOnlyRead() {
        StructureAccess access = StructureAccess.of(Optional.empty(), memberships, S);
        assertFalse(access.loggedIn() || access.mayJoin() || access.seesMembers() || access.manages());
    }

    @Test
    public void aPersonWithoutMembershipMayAskToJoinButNotSeeMembers() {
        StructureAccess access = StructureAccess.of(Optional.of(person(1)), memberships, S);
        assertTrue(access.mayJoin());
        assertFalse(access.seesMembers());
        assertFalse(access.manages());
    }

    @Test
    public void aPendingRequestGivesNoRightsAndNoSecondRequest() {
        memberships.add(S, 1, MembershipRole.COORDINATOR, MembershipStatus.PENDING);
        StructureAccess access = StructureAccess.of(Optional.of(person(1)), memberships, S);
        assertFalse(access.mayJoin());
        assertFalse(access.seesMembers());
        assertFalse(access.manages());
        assertEquals(MembershipStatus.PENDING, access.own().orElseThrow().status());
    }

    @Test
    public void anActiveMemberSeesMembersButDoesNotManage() {
        memberships.add(S, 1, MembershipRole.STAFF, MembershipStatus.ACTIVE);
        Membership other = memberships.add(S, 2, MembershipRole.MEMBER, MembershipStatus.ACTIVE);
        StructureAccess access = StructureAccess.of(Optional.of(person(1)), memberships, S);
        assertTrue(access.seesMembers());
        assertFalse(access.manages());
        assertFalse(access.mayRemove(person(1), other));
        assertTrue(access.mayRemove(person(1), access.own().orElseThrow()));
    }

    @Test
    public void anActiveCoordinatorManagesOnlyTheirStructure() {
        memberships.add(S, 1, MembershipRole.COORDINATOR, MembershipStatus.ACTIVE);
        Membership other = memberships.add(S, 2, MembershipRole.MEMBER, MembershipStatus.PENDING);
        StructureAccess access = StructureAccess.of(Optional.of(person(1)), memberships, S);
        assertTrue(access.manages());
        assertTrue(access.mayRemove(person(1), other));
        assertFalse(StructureAccess.of(Optional.of(person(1)), memberships, S + 1).manages());
    }

    @Test
    public void anAdministratorWithoutMembershipManagesAndSeesMembers() {
        StructureAccess access = StructureAccess.of(Optional.of(person(9, Caller.ADMIN)), memberships, S);
        assertTrue(access.manages());
        assertTrue(access.seesMembers());
        assertTrue(access.mayJoin());
    }

    /** Memberships in a list, with the core's own mayManage (the interface's default method). */
    static final class FakeMemberships implements Memberships {
        final List<Membership> all = new ArrayList<>();

        @Override
        public List<Membership> ofStructure(long structureId) {
            return all.stream().filter(m -> m.structureId() == structureId).toList();
        }

        @Override
        public List<Membership> ofPerson(long personId) {
            return all.stream().filter(m -> m.personId() == personId).toList();
        }

        @Override
        public Optional<Membership> find(long membershipId) {
            return all.stream().filter(m -> m.id() == membershipId).findFirst();
        }

        @Override
        public Membership add(long structureId, long personId, MembershipRole role, MembershipStatus status) {
            Membership m = new Membership(all.size() + 1, personId, "P" + personId, structureId, "S" + structureId,
                    role, status, Instant.now());
            all.add(m);
            return m;
        }

        @Override
        public Membership change(long membershipId, MembershipRole role, MembershipStatus status) {
            Membership m = find(membershipId).orElseThrow();
            Membership changed = new Membership(m.id(), m.personId(), m.personName(), m.structureId(),
                    m.structureName(), role == null ? m.role() : role, status == null ? m.status() : status,
                    m.createdAt());
            all.set(all.indexOf(m), changed);
            return changed;
        }

        @Override
        public void remove(long membershipId) {
            all.removeIf(m -> m.id() == membershipId);
        }

        @Override
        public Optional<MembershipRole> activeRole(long personId, long structureId) {
            return ofPerson(personId).stream()
                    .filter(m -> m.structureId() == structureId && m.status() == MembershipStatus.ACTIVE)
                    .map(Membership::role).findFirst();
        }
    }
}
