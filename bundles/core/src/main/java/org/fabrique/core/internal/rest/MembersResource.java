package org.fabrique.core.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipChange;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.Structures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/structures/{id}/members}: a coordinator (or an administrator) adds, changes and
 * removes members; a person asks to join (pending until accepted) and may leave. The list is
 * visible to the structure's active members and to administrators.
 */
@Component(service = MembersResource.class, property = "osgi.jaxrs.resource=true")
@Path("structures/{structureId}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final Structures structures;
    private final Memberships memberships;
    private final People people;
    private final AuditLog audit;

    @Activate
    public MembersResource(@Reference Structures structures, @Reference Memberships memberships,
            @Reference People people, @Reference AuditLog audit) {
        this.structures = structures;
        this.memberships = memberships;
        this.people = people;
        this.audit = audit;
    }

    @GET
    public List<Membership> list(@Context SecurityContext security, @PathParam("structureId") long structureId) {
        Caller caller = Caller.required(security);
        requireStructure(structureId);
        if (!caller.isAdmin() && memberships.activeRole(caller.personId(), structureId).isEmpty()) {
            throw new AccessDenied("Only the members of this structure see its members.");
        }
        return memberships.ofStructure(structureId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext security, @PathParam("structureId") long structureId,
            MembershipChange change) {
        Caller caller = Caller.required(security);
        requireStructure(structureId);
        long personId = personOf(change, caller);
        Membership membership;
        if (memberships.mayManage(caller, structureId)) {
            MembershipRole role = change.role() == null ? MembershipRole.MEMBER : change.role();
            MembershipStatus status = change.status() == null ? MembershipStatus.ACTIVE : change.status();
            membership = memberships.add(structureId, personId, role, status);
            audit.record(caller.personId(), "membership.add", "structure/" + structureId,
                    "person/" + personId + " " + role);
        } else if (personId == caller.personId()) {
            MembershipRole role = change.role() == null ? MembershipRole.MEMBER : change.role();
            membership = memberships.add(structureId, personId, role, MembershipStatus.PENDING);
        } else {
            throw new AccessDenied("Only a coordinator of this structure may add other people.");
        }
        return Response.created(URI.create("structures/" + structureId + "/members/" + membership.id()))
                .entity(membership).build();
    }

    @PUT
    @Path("{membershipId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Membership change(@Context SecurityContext security, @PathParam("structureId") long structureId,
            @PathParam("membershipId") long membershipId, MembershipChange change) {
        Caller caller = Caller.required(security);
        Membership membership = requireMembership(structureId, membershipId);
        if (!memberships.mayManage(caller, structureId)) {
            throw new AccessDenied("Only a coordinator of this structure may change its members.");
        }
        Membership changed = memberships.change(membership.id(), change.role(), change.status());
        audit.record(caller.personId(), "membership.change", "structure/" + structureId,
                "person/" + changed.personId() + " " + changed.role() + " " + changed.status());
        return changed;
    }

    @DELETE
    @Path("{membershipId}")
    public void remove(@Context SecurityContext security, @PathParam("structureId") long structureId,
            @PathParam("membershipId") long membershipId) {
        Caller caller = Caller.required(security);
        Membership membership = requireMembership(structureId, membershipId);
        boolean self = membership.personId() == caller.personId();
        if (!self && !memberships.mayManage(caller, structureId)) {
            throw new AccessDenied("Only a coordinator of this structure may remove its members.");
        }
        memberships.remove(membershipId);
        if (!self) {
            audit.record(caller.personId(), "membership.remove", "structure/" + structureId,
                    "person/" + membership.personId());
        }
    }

    private long personOf(MembershipChange change, Caller caller) {
        if (change.personId() != null) {
            return change.personId();
        }
        if (change.email() != null) {
            return people.findByEmail(change.email()).map(Person::id)
                    .orElseThrow(() -> new InvalidInput("email", "nobody has this address"));
        }
        return caller.personId();
    }

    private void requireStructure(long structureId) {
        if (structures.find(structureId).isEmpty()) {
            throw new NotFound("structure", structureId);
        }
    }

    private Membership requireMembership(long structureId, long membershipId) {
        return memberships.find(membershipId).filter(m -> m.structureId() == structureId)
                .orElseThrow(() -> new NotFound("membership", membershipId));
    }
}
