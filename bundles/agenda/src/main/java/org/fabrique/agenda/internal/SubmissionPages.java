package org.fabrique.agenda.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.agenda.Event;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /agenda/proposer}: anyone proposes an event (a visitor with an e-mail address; a hidden
 * field catches robots); {@code /agenda/moderation}: moderators publish or refuse what waits, or merge
 * a duplicate into the event it repeats, and the author hears of it by mail.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/agenda/proposer",
        "osgi.http.whiteboard.servlet.pattern=/agenda/moderation/*",
        "osgi.http.whiteboard.servlet.name=fabrique-agenda-submissions" })
public class SubmissionPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The field people never see and robots fill in. */
    static final String HONEYPOT = "website";

    private final transient PageRenderer pages;
    private final transient Visitors visitors;
    private final transient Submissions submissions;
    private final transient Events events;
    private final transient Venues venues;
    private final transient AgendaRights rights;
    private final transient Memberships memberships;
    private final transient ModerationMails mails;

    @Activate
    public SubmissionPages(@Reference PageRenderer pages, @Reference Visitors visitors,
            @Reference Submissions submissions, @Reference Events events, @Reference Venues venues,
            @Reference AgendaRights rights, @Reference Memberships memberships, @Reference ModerationMails mails) {
        this.pages = pages;
        this.visitors = visitors;
        this.submissions = submissions;
        this.events = events;
        this.venues = venues;
        this.rights = rights;
        this.memberships = memberships;
        this.mails = mails;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().startsWith("/agenda/moderation")) {
            queue(request, response);
        } else {
            form(request, response, SubmissionForm.values(name -> null), Map.of(), 200);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        visitors.requireCsrf(request);
        if (request.getServletPath().startsWith("/agenda/moderation")) {
            decide(request, response);
            return;
        }
        Language language = visitors.language(request);
        boolean en = language == Language.EN;
        Map<String, String> values = SubmissionForm.values(request::getParameter);
        String honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isBlank()) {
            visitors.flash(response, en ? "Thank you." : "Merci.");
            redirect(response, AgendaPaths.HOME);
            return;
        }
        Optional<Caller> caller = visitors.caller(request);
        Event event;
        try {
            event = submissions.submit(SubmissionForm.draft(values), caller, request.getRemoteAddr());
        } catch (InvalidInput e) {
            String field = SubmissionForm.field(e.field());
            form(request, response, values, Map.of(field, SubmissionForm.message(field, language)), 400);
            return;
        } catch (SubmissionLimit e) {
            form(request, response, values, Map.of("authorEmail", en ? "Too many proposals from this address in the last hour; try again later."
                    : "Trop de propositions depuis cette adresse dans l'heure ; réessayez plus tard."), 429);
            return;
        }
        if (event.review() == Event.Review.PUBLISHED) {
            visitors.flash(response, en ? "Your event is published." : "Votre événement est publié.");
            redirect(response, AgendaPaths.event(event.id()));
        } else {
            visitors.flash(response, en ? "Thank you! Your event will be published once a moderator has read it."
                    : "Merci ! Votre événement sera publié après relecture par la modération.");
            redirect(response, AgendaPaths.HOME);
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Map<String, String> values,
            Map<String, String> errors, int status) throws IOException {
        Language language = visitors.language(request);
        Optional<Caller> caller = visitors.caller(request);
        Map<String, Object> model = new HashMap<>();
        // Under "form": the platform's own "title" (the page's) would hide the field of that name.
        model.put("form", values);
        model.put("errors", errors);
        model.put("venues", Views.choices(venues.all()));
        model.put("categories", Categories.choices(language));
        model.put("anonymous", caller.isEmpty());
        model.put("structures", caller.map(c -> memberships.ofPerson(c.personId()).stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE
                        && (m.role() == MembershipRole.COORDINATOR || m.role() == MembershipRole.STAFF))
                .map(m -> Map.<String, Object>of("value", String.valueOf(m.structureId()), "label", m.structureName()))
                .toList()).orElse(List.of()));
        String title = language == Language.EN ? "Propose an event" : "Proposer un événement";
        pages.render(request, response, new Page(SubmissionPages.class.getClassLoader(), "templates/agenda/propose.ftlh",
                title, model, status));
    }

    private Caller moderator(HttpServletRequest request) {
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to moderate the agenda."));
        rights.requireModerator(caller);
        return caller;
    }

    private void queue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        moderator(request);
        Language language = visitors.language(request);
        List<Map<String, Object>> waiting = events.queue(100).stream().map(e -> {
            Map<String, Object> view = Views.occurrence(new org.fabrique.agenda.Occurrence(e.startsAt(), e.endsAt(), e,
                    e.venueId() == null ? null : venues.find(e.venueId()).orElse(null)), language);
            view.put("id", e.id());
            view.put("author", events.author(e.id()).map(a -> a[1] == null ? (a[0] == null ? "" : a[0]) : a[1] + " <" + a[0] + ">").orElse(""));
            view.put("description", e.description() == null ? "" : e.description());
            return view;
        }).toList();
        String title = language == Language.EN ? "Agenda moderation" : "Modération de l'agenda";
        pages.render(request, response, new Page(SubmissionPages.class.getClassLoader(), "templates/agenda/moderation.ftlh",
                title, Map.of("waiting", waiting)));
    }

    private void decide(HttpServletRequest request, HttpServletResponse response) throws IOException {
        moderator(request);
        boolean en = visitors.language(request) == Language.EN;
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path.replace("/", ""));
        } catch (NumberFormatException e) {
            throw new NotFound("event", path);
        }
        events.find(id).orElseThrow(() -> new NotFound("event", id));
        String message = request.getParameter("message");
        String decision = request.getParameter("decision");
        if ("merge".equals(decision)) {
            try {
                events.merge(id, Long.parseLong(request.getParameter("into").trim()));
                visitors.flash(response, en ? "The duplicate is merged." : "Le doublon est fusionné.");
            } catch (NumberFormatException | NullPointerException | InvalidInput | NotFound e) {
                visitors.flash(response, en ? "Give the number of the event to keep." : "Indiquez le numéro de l'événement à garder.");
            }
        } else {
            Event.Review review = "publish".equals(decision) ? Event.Review.PUBLISHED : Event.Review.REFUSED;
            Event decided = events.review(id, review, message == null || message.length() <= 2000 ? message : message.substring(0, 2000));
            mails.tell(decided, message);
            visitors.flash(response, review == Event.Review.PUBLISHED ? (en ? "Published: " : "Publié : ") + decided.title()
                    : (en ? "Refused: " : "Refusé : ") + decided.title());
        }
        redirect(response, "/agenda/moderation");
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
    }
}
