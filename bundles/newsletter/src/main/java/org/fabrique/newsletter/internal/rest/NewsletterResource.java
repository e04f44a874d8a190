package org.fabrique.newsletter.internal.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
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
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.newsletter.internal.DeliveryCounts;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.ImportResult;
import org.fabrique.newsletter.internal.ImportRow;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.LetterDraft;
import org.fabrique.newsletter.internal.LetterSections;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.NewList;
import org.fabrique.newsletter.internal.NewPromotion;
import org.fabrique.newsletter.internal.Promotion;
import org.fabrique.newsletter.internal.Promotions;
import org.fabrique.newsletter.internal.TestSends;
import org.fabrique.newsletter.internal.WeeklyLetters;
import org.fabrique.newsletter.internal.Subscriptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/newsletter}: lists, subscriptions, import, letters and their send. */
@Component(service = NewsletterResource.class, property = "osgi.jaxrs.resource=true")
@Path("newsletter")
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    static final String EDITOR = "newsletter.editor";

    private final MailingLists lists;
    private final Subscriptions subscriptions;
    private final Letters letters;
    private final DeliveryQueue queue;
    private final LetterSections sections;
    private final Memberships memberships;
    private final Promotions promotions;
    private final TestSends tests;
    private final WeeklyLetters weekly;

    @Activate
    public NewsletterResource(@Reference MailingLists lists, @Reference Subscriptions subscriptions,
            @Reference Letters letters, @Reference DeliveryQueue queue, @Reference LetterSections sections,
            @Reference Memberships memberships, @Reference Promotions promotions,
            @Reference TestSends tests, @Reference WeeklyLetters weekly) {
        this.promotions = promotions;
        this.tests = tests;
        this.weekly = weekly;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.queue = queue;
        this.sections = sections;
        this.memberships = memberships;
    }

    @GET
    @Path("lists")
    public List<Map<String, Object>> lists() {
        return lists.all().stream().filter(MailingList::isPublic).map(this::listView).toList();
    }

    /** An editor creates any list; a structure's coordinator the list of their structure. */
    @POST
    @Path("lists")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createList(@Context SecurityContext security, NewList list) {
        Caller caller = Caller.required(security);
        if (list == null) {
            throw new InvalidInput("name", "A list needs a name.");
        }
        boolean coordinator = list.structureId() != null && memberships.mayManage(caller, list.structureId());
        if (!caller.hasRole(EDITOR) && !coordinator) {
            throw new AccessDenied("Only an editor, or a coordinator for their structure's list, may create a list.");
        }
        return Response.status(201).entity(listView(lists.create(list))).build();
    }

    /** Anyone subscribes to a public list; a confirmation mail follows (double opt-in). */
    @POST
    @Path("lists/{id}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(@PathParam("id") long id, SubscribeRequest request, @Context HttpServletRequest http,
            @Context SecurityContext security) {
        MailingList list = lists.require(id);
        if (!list.isPublic()) {
            Caller caller = Caller.required(security);
            if (list.structureId() == null || memberships.activeRole(caller.personId(), list.structureId()).isEmpty()) {
                throw new AccessDenied("This list is for the members of its structure.");
            }
        }
        subscriptions.subscribe(id, request == null ? null : request.email(), request == null ? null : request.name(),
                Language.of(request == null ? null : request.language()), "api POST /api/newsletter/lists/" + id
                        + "/subscriptions from " + http.getRemoteAddr());
        return Response.accepted(Map.of("message", "Check your mailbox to confirm.")).build();
    }

    @POST
    @Path("subscriptions/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> confirm(TokenRequest request, @Context HttpServletRequest http) {
        MailingList list = subscriptions.confirm(request == null ? null : request.token(),
                "api confirmation from " + http.getRemoteAddr());
        return Map.of("list", listView(list), "status", "confirmed");
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> unsubscribe(TokenRequest request, @Context HttpServletRequest http) {
        subscriptions.unsubscribeByToken(request == null ? null : request.token(),
                "api unsubscribe from " + http.getRemoteAddr());
        return Map.of("status", "unsubscribed");
    }

    @POST
    @Path("lists/{id}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportResult importJson(@Context SecurityContext security, @PathParam("id") long id, ImportRequest request) {
        Caller caller = editorOrCoordinator(security, id);
        return subscriptions.importRows(id, request == null ? null : request.rows(),
                request == null ? null : request.basis(), caller.personId());
    }

    /** CSV: one address per line, optionally {@code email,name}; a first line {@code email[,name]} is a header. */
    @POST
    @Path("lists/{id}/import")
    @Consumes("text/csv")
    public ImportResult importCsv(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("basis") String basis, String csv) throws IOException {
        Caller caller = editorOrCoordinator(security, id);
        List<ImportRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv == null ? "" : csv))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || (first && line.trim().toLowerCase().startsWith("email"))) {
                    first = false;
                    continue;
                }
                first = false;
                String[] fields = line.split("[,;]", 2);
                rows.add(new ImportRow(fields[0].trim().replace("\"", ""),
                        fields.length > 1 ? fields[1].trim().replace("\"", "") : null));
            }
        }
        return subscriptions.importRows(id, rows, basis, caller.personId());
    }

    @GET
    @Path("sections")
    public List<Map<String, Object>> sections() {
        return sections.all().stream().map(s -> Map.<String, Object>of("id", s.id(), "title", s.title(Language.FR),
                "order", s.order())).toList();
    }

    @GET
    @Path("letters")
    public List<Letter> letters(@Context SecurityContext security) {
        editor(security);
        return letters.all();
    }

    @POST
    @Path("letters")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, LetterDraft draft) {
        Caller caller = editor(security);
        Letter letter = letters.create(draft, caller.personId());
        return Response.status(201).entity(letter).build();
    }

    @GET
    @Path("letters/{id}")
    public Letter letter(@Context SecurityContext security, @PathParam("id") long id) {
        editor(security);
        return letters.require(id);
    }

    @PUT
    @Path("letters/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Letter update(@Context SecurityContext security, @PathParam("id") long id, LetterDraft draft) {
        editor(security);
        return letters.update(id, draft);
    }

    /** The letter as it will look: both parts, with the sections of the modules installed now. */
    @GET
    @Path("letters/{id}/preview")
    public Map<String, Object> preview(@Context SecurityContext security, @PathParam("id") long id) {
        editor(security);
        Letter letter = letters.require(id);
        var rendered = letters.preview(letter);
        return Map.of("subject", rendered.subject(), "html", rendered.html(), "text", rendered.text());
    }

    @POST
    @Path("letters/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Letter schedule(@Context SecurityContext security, @PathParam("id") long id, ScheduleRequest request) {
        editor(security);
        Instant at;
        try {
            at = request == null || request.at() == null ? null : Instant.parse(request.at());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "A time such as 2026-12-07T08:00:00Z.");
        }
        return letters.schedule(id, at);
    }

    @POST
    @Path("letters/{id}/send")
    public Letter send(@Context SecurityContext security, @PathParam("id") long id) {
        editor(security);
        return letters.send(id);
    }

    @GET
    @Path("letters/{id}/progress")
    public Map<String, Object> progress(@Context SecurityContext security, @PathParam("id") long id) {
        editor(security);
        Letter letter = letters.require(id);
        DeliveryCounts counts = queue.counts(id);
        return Map.of("status", letter.status(), "total", counts.total(), "queued", counts.queued(),
                "sending", counts.sending(), "sent", counts.sent(), "failed", counts.failed(),
                "failures", queue.failures(id).stream().limit(100)
                        .map(f -> Map.of("email", f[0], "reason", f[1] == null ? "" : f[1])).toList());
    }

    @POST
    @Path("letters/{id}/resend-failed")
    public Map<String, Object> resendFailed(@Context SecurityContext security, @PathParam("id") long id) {
        editor(security);
        letters.require(id);
        return Map.of("queued", queue.resendFailed(id));
    }

    /** An editor's test copy of the letter, to their own address. */
    @POST
    @Path("letters/{id}/test")
    public Response test(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = editor(security);
        tests.send(id, caller.email());
        return Response.accepted(Map.of("to", caller.email())).build();
    }

    /** The letter's cross-promotion items: exactly these (ids of submitted items). */
    @PUT
    @Path("letters/{id}/promotions")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Promotion> choosePromotions(@Context SecurityContext security, @PathParam("id") long id,
            List<Long> ids) {
        editor(security);
        promotions.choose(letters.require(id), ids);
        return promotions.chosenFor(id);
    }

    /** A structure's member submits news for the monthly letter. */
    @POST
    @Path("promotions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext security, NewPromotion item) {
        Caller caller = Caller.required(security);
        return Response.status(201).entity(promotions.submit(caller, item, caller.hasRole(EDITOR))).build();
    }

    /** Items not chosen yet, least featured structure first (editors). */
    @GET
    @Path("promotions")
    public List<Promotion> openPromotions(@Context SecurityContext security) {
        editor(security);
        return promotions.open();
    }

    /** Assembles this week's agenda letter now (it is also assembled by itself each week). */
    @POST
    @Path("weekly")
    public Map<String, Object> assembleWeekly(@Context SecurityContext security) {
        editor(security);
        return Map.of("outcome", weekly.assemble(weekly.currentWeek()).name().toLowerCase(),
                "section", weekly.sectionId(), "sectionInstalled", weekly.sectionInstalled());
    }

    @GET
    @Path("archive")
    public List<Map<String, Object>> archive() {
        return letters.archive().stream().map(l -> Map.<String, Object>of("id", l.id(), "subject", l.subject(),
                "sentAt", l.sentAt() == null ? "" : l.sentAt().toString())).toList();
    }

    @GET
    @Path("me/subscriptions")
    public List<Map<String, Object>> mine(@Context SecurityContext security) {
        Caller caller = Caller.required(security);
        return subscriptions.ofPerson(caller.personId()).stream().map(s -> Map.<String, Object>of("id", s.id(),
                "list", lists.find(s.listId()).map(MailingList::name).orElse("?"), "status", s.status())).toList();
    }

    @POST
    @Path("me/subscriptions/{id}/unsubscribe")
    public Map<String, Object> unsubscribeMine(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = Caller.required(security);
        var subscription = subscriptions.find(id).filter(s -> s.personId() == caller.personId())
                .orElseThrow(() -> new NotFound("subscription", id));
        subscriptions.unsubscribe(subscription.id(), "api member space");
        return Map.of("status", "unsubscribed");
    }

    private Map<String, Object> listView(MailingList list) {
        return Map.of("id", list.id(), "slug", list.slug(), "name", list.name(),
                "description", list.description() == null ? "" : list.description(), "visibility", list.visibility(),
                "subscribers", subscriptions.confirmedCount(list.id()));
    }

    private static Caller editor(SecurityContext security) {
        Caller caller = Caller.required(security);
        if (!caller.hasRole(EDITOR)) {
            throw new AccessDenied("Only a newsletter editor may do this.");
        }
        return caller;
    }

    private Caller editorOrCoordinator(SecurityContext security, long listId) {
        Caller caller = Caller.required(security);
        MailingList list = lists.require(listId);
        if (caller.hasRole(EDITOR) || (list.structureId() != null && memberships.mayManage(caller, list.structureId()))) {
            return caller;
        }
        throw new AccessDenied("Only an editor, or a coordinator of the list's structure, may import subscribers.");
    }

    public record SubscribeRequest(String email, String name, String language) {
    }

    public record TokenRequest(String token) {
    }

    public record ImportRequest(String basis, List<ImportRow> rows) {
    }

    public record ScheduleRequest(String at) {
    }
}
