package org.fabrique.core.internal.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/structures}: the public directory of member structures. Administrators create
 * and delete structures; an administrator or a coordinator of the structure edits it.
 */
@Component(service = StructuresResource.class, property = "osgi.jaxrs.resource=true")
@Path("structures")
@Produces(MediaType.APPLICATION_JSON)
public class StructuresResource {

    private final Structures structures;
    private final Memberships memberships;
    private final AuditLog audit;

    @Activate
    public StructuresResource(@Reference Structures structures, @Reference Memberships memberships,
            @Reference AuditLog audit) {
        this.structures = structures;
        this.memberships = memberships;
        this.audit = audit;
    }

    @GET
    public Page<Structure> list(@QueryParam("q") String query, @QueryParam("kind") StructureKind kind,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return structures.list(new PageRequest(page, size, query), kind);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, StructureChange change) {
        Caller admin = Caller.admin(security);
        Structure structure = structures.create(change);
        audit.record(admin.personId(), "structure.create", "structure/" + structure.id(), structure.name());
        return Response.created(URI.create("structures/" + structure.id())).entity(structure).build();
    }

    @GET
    @Path("{id}")
    public Structure get(@PathParam("id") long id) {
        return structures.find(id).orElseThrow(() -> new NotFound("structure", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Structure update(@Context SecurityContext security, @PathParam("id") long id, StructureChange change) {
        Caller caller = Caller.required(security);
        get(id);
        if (!memberships.mayManage(caller, id)) {
            throw new AccessDenied("Only an administrator or a coordinator of this structure may change it.");
        }
        Structure structure = structures.update(id, change);
        audit.record(caller.personId(), "structure.update", "structure/" + id, null);
        return structure;
    }

    @DELETE
    @Path("{id}")
    public void delete(@Context SecurityContext security, @PathParam("id") long id) {
        Caller admin = Caller.admin(security);
        structures.delete(id);
        audit.record(admin.personId(), "structure.delete", "structure/" + id, null);
    }
}
