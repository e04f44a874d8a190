package org.fabrique.web.internal;

import java.util.Optional;

import org.fabrique.core.Caller;
import org.fabrique.core.Membership;
import org.fabrique.core.Memberships;

/**
 * What a visitor may do on a structure's page, decided as the REST resources decide it
 * ({@code MembersResource}, {@code StructuresResource}): by {@link Memberships#mayManage} and
 * {@link Memberships#activeRole}, never by rules of its own.
 *
 * @param own         the visitor's own membership of the structure (active or pending), if any
 * @param mayJoin     logged in and not yet a member nor asking to be one
 * @param seesMembers an administrator, or an active member whatever the role ({@code GET .../members})
 * @param manages     an administrator or an active coordinator: edits the structure, accepts,
 *                    refuses and changes members
 */
record StructureAccess(Optional<Membership> own, boolean loggedIn, boolean mayJoin, boolean seesMembers,
        boolean manages) {

    static StructureAccess of(Optional<Caller> visitor, Memberships memberships, long structureId) {
        if (visitor.isEmpty()) {
            return new StructureAccess(Optional.empty(), false, false, false, false);
        }
        Caller caller = visitor.get();
        Optional<Membership> own = memberships.ofPerson(caller.personId()).stream()
                .filter(m -> m.structureId() == structureId).findFirst();
        boolean seesMembers = caller.isAdmin() || memberships.activeRole(caller.personId(), structureId).isPresent();
        return new StructureAccess(own, true, own.isEmpty(), seesMembers, memberships.mayManage(caller, structureId));
    }

    /** Whether the visitor may remove this membership: their own always, another's if they manage. */
    boolean mayRemove(Caller caller, Membership membership) {
        return membership.personId() == caller.personId() || manages;
    }
}
