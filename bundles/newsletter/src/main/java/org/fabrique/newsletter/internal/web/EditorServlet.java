package org.fabrique.newsletter.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.newsletter.internal.DeliveryCounts;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.LetterDraft;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.NewsletterModule;
import org.fabrique.newsletter.internal.Promotions;
import org.fabrique.newsletter.internal.TestSends;
import org.fabrique.newsletter.internal.WeeklyLetters;
import org.fabrique.web.Markdown;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /lettres/redaction}: the editors' pages. Letters and their progress; compose in Markdown
 * with a preview (the preview button saves the draft and shows the letter as it will go out; with
 * JavaScript the body's preview also follows the typing); sections and cross-promotion items; test
 * send to oneself, schedule, send, and the live progress of the send.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/lettres/redaction/*",
        "osgi.http.whiteboard.servlet.name=fabrique-newsletter-editor" })
public class EditorServlet extends HttpServlet {

    static final String EDITOR = NewsletterModule.EDITOR;
    private static final long serialVersionUID = 1L;
    private static final Pattern LETTER = Pattern.compile("/(\\d{1,18})(/apercu|/progression)?");

    private final transient Visitors visitors;
    private final transient Letters letters;
    private final transient DeliveryQueue queue;
    private final transient Promotions promotions;
    private final transient TestSends tests;
    private final transient WeeklyLetters weekly;
    private final transient Markdown markdown;
    private final transient EditorViews views;

    @Activate
    public EditorServlet(@Reference Visitors visitors, @Reference Letters letters, @Reference DeliveryQueue queue,
            @Reference Promotions promotions, @Reference TestSends tests, @Reference WeeklyLetters weekly,
            @Reference Markdown markdown, @Reference EditorViews views) {
        this.visitors = visitors;
        this.letters = letters;
        this.queue = queue;
        this.promotions = promotions;
        this.tests = tests;
        this.weekly = weekly;
        this.markdown = markdown;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        editor(request);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Matcher letter = LETTER.matcher(path);
        if (path.equals("/")) {
            views.index(request, response);
        } else if (path.equals("/nouvelle")) {
            views.compose(request, response, null, EditorViews.emptyForm(), Map.of(), 200);
        } else if (letter.matches()) {
            Letter found = letters.require(Long.parseLong(letter.group(1)));
            if (letter.group(2) == null) {
                views.compose(request, response, found, EditorViews.form(found), Map.of(), 200);
            } else if (letter.group(2).equals("/apercu")) {
                preview(found, response);
            } else {
                progress(found, response);
            }
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        visitors.requireCsrf(request);
        Caller caller = editor(request);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Matcher letter = LETTER.matcher(path);
        if (path.equals("/apercu")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(markdown.toHtml(request.getParameter("body")));
        } else if (path.equals("/hebdo")) {
            WeeklyLetters.Outcome outcome = weekly.assemble(weekly.currentWeek());
            visitors.flash(response, views.weeklyMessage(outcome, visitors.language(request)));
            redirect(response, "/lettres/redaction");
        } else if (path.equals("/nouvelle")) {
            Map<String, Object> form = EditorViews.form(request);
            try {
                Letter created = letters.create(draft(request), caller.personId());
                promotions.choose(created, chosen(request));
                redirect(response, "/lettres/redaction/" + created.id());
            } catch (InvalidInput e) {
                views.compose(request, response, null, form, Map.of(e.field(), e.getMessage()), 400);
            }
        } else if (letter.matches() && letter.group(2) == null) {
            act(request, response, caller, letters.require(Long.parseLong(letter.group(1))));
        } else {
            response.sendError(404);
        }
    }

    private void act(HttpServletRequest request, HttpServletResponse response, Caller caller, Letter letter)
            throws IOException {
        String action = request.getParameter("action") == null ? "save" : request.getParameter("action");
        boolean en = visitors.language(request) == Language.EN;
        String here = "/lettres/redaction/" + letter.id();
        try {
            switch (action) {
                case "save" -> {
                    promotions.choose(letters.update(letter.id(), draft(request)), chosen(request));
                    visitors.flash(response, en ? "Saved." : "Lettre enregistrée.");
                }
                case "test" -> {
                    tests.send(letter.id(), caller.email());
                    visitors.flash(response, (en ? "Test copy sent to " : "Exemplaire de test envoyé à ") + caller.email());
                }
                case "schedule" -> {
                    letters.schedule(letter.id(), views.parisTime(request.getParameter("at")));
                    visitors.flash(response, en ? "Send scheduled." : "Envoi programmé.");
                }
                case "send" -> {
                    letters.send(letter.id());
                    visitors.flash(response, en ? "The letter is going out." : "La lettre part.");
                }
                default -> throw new InvalidInput("action", "Unknown action.");
            }
            redirect(response, here);
        } catch (InvalidInput e) {
            views.compose(request, response, letter, EditorViews.form(request), Map.of(e.field(), e.getMessage()), 400);
        } catch (Conflict e) {
            visitors.flash(response, en ? "This letter has already gone out." : "Cette lettre est déjà partie.");
            redirect(response, here);
        } catch (DateTimeParseException e) {
            views.compose(request, response, letter, EditorViews.form(request),
                    Map.of("at", en ? "Choose a date and time." : "Choisissez une date et une heure."), 400);
        }
    }

    private void preview(Letter letter, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(letters.preview(letter).forRecipient("#").html());
    }

    private void progress(Letter letter, HttpServletResponse response) throws IOException {
        DeliveryCounts counts = queue.counts(letter.id());
        String json = "{\"status\":\"" + letters.require(letter.id()).status() + "\",\"total\":" + counts.total()
                + ",\"queued\":" + counts.queued() + ",\"sending\":" + counts.sending() + ",\"sent\":" + counts.sent()
                + ",\"failed\":" + counts.failed() + "}";
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static LetterDraft draft(HttpServletRequest request) {
        Long listId;
        try {
            listId = Long.valueOf(request.getParameter("listId"));
        } catch (NumberFormatException e) {
            listId = null;
        }
        String[] sections = request.getParameterValues("sections");
        return new LetterDraft(listId, request.getParameter("subject"), request.getParameter("body"),
                sections == null ? List.of() : Arrays.asList(sections), request.getParameter("from"),
                request.getParameter("to"));
    }

    private static List<Long> chosen(HttpServletRequest request) {
        String[] values = request.getParameterValues("promotions");
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                throw new InvalidInput("promotions", "Not an item.");
            }
        }
        return ids;
    }

    private Caller editor(HttpServletRequest request) {
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to write letters."));
        if (!caller.hasRole(EDITOR)) {
            throw new AccessDenied("Only a newsletter editor may write letters.");
        }
        return caller;
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
    }
}
