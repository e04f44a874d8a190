package org.fabrique.agenda.internal;

import org.fabrique.agenda.Event;
import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.Memberships;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may do what in the agenda. Moderators (and administrators) do everything; the coordinators and
 * staff of a structure publish its events and run its feeds directly; anyone else submits events
 * that wait for a moderator, and edits their own submissions.
 */
@Component(service = AgendaRights.class)
public class AgendaRights {

    static final String MODERATOR = "agenda.moderator";

    private final Memberships memberships;

    @Activate
    public AgendaRights(@Reference Memberships memberships) {
        this.memberships = memberships;
    }

    public boolean isModerator(Caller caller) {
        return caller != null && caller.hasRole(MODERATOR);
    }

    /** True when the caller's events for this structure go out without moderation. */
    public boolean mayPublishFor(Caller caller, Long structureId) {
        if (isModerator(caller)) {
            return true;
        }
        return caller != null && structureId != null && memberships.activeRole(caller.personId(), structureId)
                .filter(r -> r == MembershipRole.COORDINATOR || r == MembershipRole.STAFF).isPresent();
    }

    public boolean mayEdit(Caller caller, Event event) {
        return mayPublishFor(caller, event.structureId())
                || caller != null && event.authorId() != null && event.authorId() == caller.personId();
    }

    public void requireModerator(Caller caller) {
        if (!isModerator(caller)) {
            throw new AccessDenied("Only an agenda moderator may do this.");
        }
    }

    public void requireEdit(Caller caller, Event event) {
        if (!mayEdit(caller, event)) {
            throw new AccessDenied("Only its author, its structure's coordinators and staff, or a moderator may change this event.");
        }
    }

    /** Venues and feeds: a moderator, or a coordinator or staff member of the structure they belong to. */
    public void requireManage(Caller caller, Long structureId) {
        if (!mayPublishFor(caller, structureId)) {
            throw new AccessDenied("Only a moderator, or a coordinator or staff member of the structure, may do this.");
        }
    }
}
