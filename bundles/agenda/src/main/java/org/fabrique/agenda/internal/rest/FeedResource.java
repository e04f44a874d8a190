package org.fabrique.agenda.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.agenda.internal.AgendaRights;
import org.fabrique.agenda.internal.Feed;
import org.fabrique.agenda.internal.FeedRun;
import org.fabrique.agenda.internal.Feeds;
import org.fabrique.agenda.internal.Venues;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/agenda/feeds}: the iCalendar feeds imported into the agenda, their imports on demand
 * and their reports. Moderators manage every feed; a structure's coordinators and staff manage the
 * feeds of their structure (or of its venues).
 */
@Component(service = FeedResource.class, property = "osgi.jaxrs.resource=true")
@Path("agenda/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final Feeds feeds;
    private final Venues venues;
    private final AgendaRights rights;

    @Activate
    public FeedResource(@Reference Feeds feeds, @Reference Venues venues, @Reference AgendaRights rights) {
        this.feeds = feeds;
        this.venues = venues;
        this.rights = rights;
    }

    @GET
    public List<Feed> all(@Context SecurityContext security) {
        Caller caller = Caller.required(security);
        return feeds.all().stream().filter(f -> rights.mayPublishFor(caller, owner(f.structureId(), f.venueId()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, NewFeed feed) {
        Caller caller = Caller.required(security);
        if (feed == null) {
            throw new InvalidInput("url", "A feed is required.");
        }
        rights.requireManage(caller, owner(feed.structureId(), feed.venueId()));
        Feed created = feeds.create(feed.name(), feed.url(), feed.venueId(), feed.structureId());
        return Response.created(URI.create("agenda/feeds/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Feed feed(@Context SecurityContext security, @PathParam("id") long id) {
        return managed(security, id);
    }

    @DELETE
    @Path("{id}")
    public void delete(@Context SecurityContext security, @PathParam("id") long id) {
        managed(security, id);
        feeds.delete(id);
    }

    /** Imports the feed now and answers the run's report; 409 while another import of it runs. */
    @POST
    @Path("{id}/runs")
    public Response run(@Context SecurityContext security, @PathParam("id") long id) {
        managed(security, id);
        FeedRun run = feeds.run(id);
        return Response.status(201).entity(run).build();
    }

    /** The latest reports, newest first. */
    @GET
    @Path("{id}/runs")
    public List<FeedRun> runs(@Context SecurityContext security, @PathParam("id") long id) {
        managed(security, id);
        return feeds.runs(id, 50);
    }

    private Feed managed(SecurityContext security, long id) {
        Caller caller = Caller.required(security);
        Feed feed = feeds.find(id).orElseThrow(() -> new NotFound("feed", id));
        rights.requireManage(caller, owner(feed.structureId(), feed.venueId()));
        return feed;
    }

    /** The structure a feed answers to: its own, or its venue's. */
    private Long owner(Long structureId, Long venueId) {
        if (structureId != null || venueId == null) {
            return structureId;
        }
        return venues.find(venueId).map(v -> v.structureId()).orElse(null);
    }

    /** A feed to import: its name, its iCalendar address, and the venue or structure its events belong to. */
    public record NewFeed(String name, String url, Long venueId, Long structureId) {
    }
}
