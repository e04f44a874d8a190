package org.fabrique.newsletter.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
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

import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.newsletter.internal.DeliveryCounts;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.LetterDraft;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.Promotion;
import org.fabrique.newsletter.internal.Promotions;
import org.fabrique.newsletter.internal.TestSends;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/newsletter/letters}: the editors' letters, their preview, test, schedule, send and progress. */
@Component(service = LettersResource.class, property = "osgi.jaxrs.resource=true")
@Path("newsletter/letters")
@Produces(MediaType.APPLICATION_JSON)
public class LettersResource {

    private final Letters letters;
    private final DeliveryQueue queue;
    private final Promotions promotions;
    private final TestSends tests;

    @Activate
    public LettersResource(@Reference Letters letters, @Reference DeliveryQueue queue,
            @Reference Promotions promotions, @Reference TestSends tests) {
        this.letters = letters;
        this.queue = queue;
        this.promotions = promotions;
        this.tests = tests;
    }

    @GET
        public List<Letter> letters(@Context SecurityContext security) {
        Editors.required(security);
        return letters.all();
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, LetterDraft draft) {
        Caller caller = Editors.required(security);
        Letter letter = letters.create(draft, caller.personId());
        return Response.status(201).entity(letter).build();
    }

    @GET
    @Path("{id}")
    public Letter letter(@Context SecurityContext security, @PathParam("id") long id) {
        Editors.required(security);
        return letters.require(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Letter update(@Context SecurityContext security, @PathParam("id") long id, LetterDraft draft) {
        Editors.required(security);
        return letters.update(id, draft);
    }

    /** The letter as it will look: both parts, with the sections of the modules installed now. */
    @GET
    @Path("{id}/preview")
    public Map<String, Object> preview(@Context SecurityContext security, @PathParam("id") long id) {
        Editors.required(security);
        Letter letter = letters.require(id);
        var rendered = letters.preview(letter);
        return Map.of("subject", rendered.subject(), "html", rendered.html(), "text", rendered.text());
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Letter schedule(@Context SecurityContext security, @PathParam("id") long id, ScheduleRequest request) {
        Editors.required(security);
        Instant at;
        try {
            at = request == null || request.at() == null ? null : Instant.parse(request.at());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "A time such as 2026-12-07T08:00:00Z.");
        }
        return letters.schedule(id, at);
    }

    @POST
    @Path("{id}/send")
    public Letter send(@Context SecurityContext security, @PathParam("id") long id) {
        Editors.required(security);
        return letters.send(id);
    }

    @GET
    @Path("{id}/progress")
    public Map<String, Object> progress(@Context SecurityContext security, @PathParam("id") long id) {
        Editors.required(security);
        Letter letter = letters.require(id);
        DeliveryCounts counts = queue.counts(id);
        return Map.of("status", letter.status(), "total", counts.total(), "queued", counts.queued(),
                "sending", counts.sending(), "sent", counts.sent(), "failed", counts.failed(),
                "failures", queue.failures(id).stream().limit(100)
                        .map(f -> Map.of("email", f[0], "reason", f[1] == null ? "" : f[1])).toList());
    }

    @POST
    @Path("{id}/resend-failed")
    public Map<String, Object> resendFailed(@Context SecurityContext security, @PathParam("id") long id) {
        Editors.required(security);
        letters.require(id);
        return Map.of("queued", queue.resendFailed(id));
    }

    /** An editor's test copy of the letter, to their own address. */
    @POST
    @Path("{id}/test")
    public Response test(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = Editors.required(security);
        tests.send(id, caller.email());
        return Response.accepted(Map.of("to", caller.email())).build();
    }

    /** The letter's cross-promotion items: exactly these (ids of submitted items). */
    @PUT
    @Path("{id}/promotions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Promotion> choosePromotions(@Context SecurityContext security, @PathParam("id") long id,
            List<Long> ids) {
        Editors.required(security);
        promotions.choose(letters.require(id), ids);
        return promotions.chosenFor(id);
    }

    public record ScheduleRequest(String at) {
    }
}
