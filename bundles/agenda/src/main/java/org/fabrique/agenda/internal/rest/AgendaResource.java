package org.fabrique.agenda.internal.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
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
import javax.ws.rs.core.UriInfo;

import org.fabrique.agenda.Event;
import org.fabrique.agenda.internal.Agenda;
import org.fabrique.agenda.internal.AgendaRights;
import org.fabrique.agenda.internal.EventDraft;
import org.fabrique.agenda.internal.Events;
import org.fabrique.agenda.internal.Submissions;
import org.fabrique.agenda.internal.Weeks;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/agenda}: the week and a range of days (with the pages' filters), and the events. Anyone
 * reads published events; members and visitors (with an e-mail address) propose events, published at
 * once when they may publish for the structure, else queued for moderation.
 */
@Component(service = AgendaResource.class, property = "osgi.jaxrs.resource=true")
@Path("agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    private final Agenda agenda;
    private final Events events;
    private final Submissions submissions;
    private final AgendaRights rights;

    @Activate
    public AgendaResource(@Reference Agenda agenda, @Reference Events events, @Reference Submissions submissions,
            @Reference AgendaRights rights) {
        this.agenda = agenda;
        this.events = events;
        this.submissions = submissions;
        this.rights = rights;
    }

    /** A whole ISO week ({@code week=2026-W49}, the current one by default), by day. */
    @GET
    @Path("week")
    public Agenda.Week week(@QueryParam("week") String week, @Context UriInfo uri) {
        return agenda.week(week, Query.filter(uri), Language.FR);
    }

    /** The days from {@code from} to {@code to} (both included, at most 92 days), by day. */
    @GET
    @Path("occurrences")
    public List<Agenda.Day> occurrences(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context UriInfo uri) {
        return agenda.days(Weeks.date(from, "from"), Weeks.date(to, "to"), Query.filter(uri), Language.FR);
    }

    /** Published events, the latest first. */
    @GET
    @Path("events")
    public List<Event> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0) {
            throw new InvalidInput("offset", "must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be between 1 and 500");
        }
        return events.published(offset, limit);
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, @Context HttpServletRequest request, EventDraft draft) {
        if (draft == null) {
            throw new InvalidInput("title", "An event is required.");
        }
        Event created = submissions.submit(draft, Caller.of(security), request == null ? null : request.getRemoteAddr());
        return Response.created(URI.create("agenda/events/" + created.id())).entity(created).build();
    }

    /** A published event; one waiting or refused only for whoever may edit it. */
    @GET
    @Path("events/{id}")
    public Event event(@Context SecurityContext security, @PathParam("id") long id) {
        Event event = events.find(id).orElseThrow(() -> new NotFound("event", id));
        if (event.review() != Event.Review.PUBLISHED && !rights.mayEdit(Caller.of(security).orElse(null), event)) {
            throw new NotFound("event", id);
        }
        return event;
    }

    /** Rewrites the event. Who may not publish for the structure sends it back to moderation. */
    @PUT
    @Path("events/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event update(@Context SecurityContext security, @PathParam("id") long id, EventDraft draft) {
        Caller caller = Caller.required(security);
        Event event = events.find(id).orElseThrow(() -> new NotFound("event", id));
        rights.requireEdit(caller, event);
        if (draft == null) {
            throw new InvalidInput("title", "An event is required.");
        }
        boolean publishes = rights.mayPublishFor(caller, draft.structureId());
        return events.update(id, draft, publishes ? null : Event.Review.PENDING);
    }

    @DELETE
    @Path("events/{id}")
    public void delete(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = Caller.required(security);
        rights.requireEdit(caller, events.find(id).orElseThrow(() -> new NotFound("event", id)));
        events.delete(id);
    }

    /** Cancels one occurrence of a recurring event ({@code {"start": "2026-12-10T17:00:00Z"}}): an EXDATE. */
    @POST
    @Path("events/{id}/cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event cancelOccurrence(@Context SecurityContext security, @PathParam("id") long id, Cancellation body) {
        Caller caller = Caller.required(security);
        rights.requireEdit(caller, events.find(id).orElseThrow(() -> new NotFound("event", id)));
        if (body == null || body.start() == null) {
            throw new InvalidInput("start", "The start of the occurrence to cancel is required.");
        }
        return events.cancelOccurrence(id, body.start());
    }

    /** The occurrence to cancel, by its start. */
    public record Cancellation(Instant start) {
    }
}
