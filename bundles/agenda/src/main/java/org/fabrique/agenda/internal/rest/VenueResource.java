package org.fabrique.agenda.internal.rest;

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

import org.fabrique.agenda.Venue;
import org.fabrique.agenda.internal.AgendaRights;
import org.fabrique.agenda.internal.VenueDraft;
import org.fabrique.agenda.internal.Venues;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/agenda/venues}: anyone reads them; moderators, and the coordinators and staff of the venue's structure, write them. */
@Component(service = VenueResource.class, property = "osgi.jaxrs.resource=true")
@Path("agenda/venues")
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    private final Venues venues;
    private final AgendaRights rights;

    @Activate
    public VenueResource(@Reference Venues venues, @Reference AgendaRights rights) {
        this.venues = venues;
        this.rights = rights;
    }

    @GET
    public List<Venue> all() {
        return venues.all();
    }

    @GET
    @Path("{id}")
    public Venue venue(@PathParam("id") long id) {
        return venues.find(id).orElseThrow(() -> new NotFound("venue", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, VenueDraft draft) {
        Caller caller = Caller.required(security);
        rights.requireManage(caller, required(draft).structureId());
        Venue venue = venues.create(draft);
        return Response.created(URI.create("agenda/venues/" + venue.id())).entity(venue).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Venue update(@Context SecurityContext security, @PathParam("id") long id, VenueDraft draft) {
        Caller caller = Caller.required(security);
        Venue venue = venue(id);
        rights.requireManage(caller, venue.structureId());
        if (!rights.isModerator(caller) && required(draft).structureId() != null
                && !draft.structureId().equals(venue.structureId())) {
            rights.requireManage(caller, draft.structureId());
        }
        return venues.update(id, required(draft));
    }

    @DELETE
    @Path("{id}")
    public void delete(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = Caller.required(security);
        rights.requireManage(caller, venue(id).structureId());
        venues.delete(id);
    }

    private static VenueDraft required(VenueDraft draft) {
        if (draft == null) {
            throw new InvalidInput("name", "A venue is required.");
        }
        return draft;
    }
}
