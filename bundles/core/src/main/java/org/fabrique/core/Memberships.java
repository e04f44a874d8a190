package org.fabrique.core;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Who belongs to which structure, with which role. */
@ProviderType
public interface Memberships {

    List<Membership> ofStructure(long structureId);

    List<Membership> ofPerson(long personId);

    Optional<Membership> find(long membershipId);

    /** Adds a person to a structure; {@link Conflict} if they already belong to it. */
    Membership add(long structureId, long personId, MembershipRole role, MembershipStatus status);

    Membership change(long membershipId, MembershipRole role, MembershipStatus status);

    void remove(long membershipId);

    /** The role of the person in the structure, if their membership is active. */
    Optional<MembershipRole> activeRole(long personId, long structureId);

    /** True for an administrator or an active coordinator of the structure. */
    default boolean mayManage(Caller caller, long structureId) {
        return caller.isAdmin()
                || activeRole(caller.personId(), structureId).filter(r -> r == MembershipRole.COORDINATOR).isPresent();
    }
}
