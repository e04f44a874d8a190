package org.fabrique.newsletter.internal.rest;

import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.ImportResult;
import org.fabrique.newsletter.internal.CsvRows;
import org.fabrique.newsletter.internal.ImportRow;
import org.fabrique.newsletter.internal.LetterSections;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.NewList;
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
        if (!caller.hasRole(Editors.ROLE) && !coordinator) {
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
                        + "/subscriptions from " + http.getRemoteAddr(), http.getRemoteAddr());
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
            @QueryParam("basis") String basis, String csv) {
        Caller caller = editorOrCoordinator(security, id);
        List<ImportRow> rows = CsvRows.parse(csv);
        return subscriptions.importRows(id, rows, basis, caller.personId());
    }

    @GET
    @Path("sections")
    public List<Map<String, Object>> sections() {
        return sections.all().stream().map(s -> Map.<String, Object>of("id", s.id(), "title", s.title(Language.FR),
                "order", s.order())).toList();
    }

    /** Assembles this week's agenda letter now (it is also assembled by itself each week). */
    @POST
    @Path("weekly")
    public Map<String, Object> assembleWeekly(@Context SecurityContext security) {
        Editors.required(security);
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

    private Caller editorOrCoordinator(SecurityContext security, long listId) {
        Caller caller = Caller.required(security);
        MailingList list = lists.require(listId);
        if (caller.hasRole(Editors.ROLE) || (list.structureId() != null && memberships.mayManage(caller, list.structureId()))) {
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

}
