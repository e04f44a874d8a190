package org.fabrique.agenda.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.agenda.Event;
import org.fabrique.agenda.internal.AgendaRights;
import org.fabrique.agenda.internal.Events;
import org.fabrique.agenda.internal.ModerationMails;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/agenda/moderation}: the queue of submitted events, for moderators only. */
@Component(service = ModerationResource.class, property = "osgi.jaxrs.resource=true")
@Path("agenda/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final Events events;
    private final AgendaRights rights;
    private final ModerationMails mails;

    @Activate
    public ModerationResource(@Reference Events events, @Reference AgendaRights rights, @Reference ModerationMails mails) {
        this.events = events;
        this.rights = rights;
        this.mails = mails;
    }

    /** The events waiting for a decision, oldest first. */
    @GET
    public List<Event> queue(@Context SecurityContext security) {
        rights.requireModerator(Caller.required(security));
        return events.queue(200);
    }

    /** Publishes a waiting event and tells its author ({@code {"message": "..."}} optional). */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event publish(@Context SecurityContext security, @PathParam("id") long id, Decision decision) {
        return decide(security, id, Event.Review.PUBLISHED, decision);
    }

    /** Refuses a waiting event and tells its author why. */
    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event refuse(@Context SecurityContext security, @PathParam("id") long id, Decision decision) {
        return decide(security, id, Event.Review.REFUSED, decision);
    }

    /** Merges a duplicate into the event it repeats ({@code {"into": 12}}). */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event merge(@Context SecurityContext security, @PathParam("id") long id, Merge merge) {
        rights.requireModerator(Caller.required(security));
        if (merge == null || merge.into() == null) {
            throw new InvalidInput("into", "The event to keep is required.");
        }
        events.find(id).orElseThrow(() -> new NotFound("event", id));
        return events.merge(id, merge.into());
    }

    private Event decide(SecurityContext security, long id, Event.Review review, Decision decision) {
        rights.requireModerator(Caller.required(security));
        String message = decision == null ? null : decision.message();
        if (message != null && message.length() > 2000) {
            throw new InvalidInput("message", "must have at most 2000 characters");
        }
        Event decided = events.review(id, review, message);
        mails.tell(decided, message);
        return decided;
    }

    /** A moderator's decision, with a word for the author. */
    public record Decision(String message) {
    }

    /** The event a duplicate merges into. */
    public record Merge(Long into) {
    }
}
