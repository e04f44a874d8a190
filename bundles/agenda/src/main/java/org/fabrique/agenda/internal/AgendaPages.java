package org.fabrique.agenda.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.Event;
import org.fabrique.agenda.Venue;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.Structures;
import org.fabrique.web.Markdown;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Site;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The agenda's public pages: the week ({@code /agenda?semaine=2026-W49} with the filters), a day
 * ({@code /agenda/jour/2026-12-08}), an event with its schema.org JSON-LD, a venue with the widget
 * to paste on its site.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/agenda/*",
        "osgi.http.whiteboard.servlet.name=fabrique-agenda" })
public class AgendaPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient Visitors visitors;
    private final transient Agenda agenda;
    private final transient Occurrences occurrences;
    private final transient Events events;
    private final transient Venues venues;
    private final transient Structures structures;
    private final transient Markdown markdown;
    private final transient Site site;
    private final transient AgendaRights rights;

    @Activate
    public AgendaPages(@Reference PageRenderer pages, @Reference Visitors visitors, @Reference Agenda agenda,
            @Reference Occurrences occurrences, @Reference Events events, @Reference Venues venues, @Reference Structures structures,
            @Reference Markdown markdown, @Reference Site site, @Reference AgendaRights rights) {
        this.pages = pages;
        this.visitors = visitors;
        this.agenda = agenda;
        this.occurrences = occurrences;
        this.events = events;
        this.venues = venues;
        this.structures = structures;
        this.markdown = markdown;
        this.site = site;
        this.rights = rights;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Language language = visitors.language(request);
        if (path.equals("/") || path.isEmpty()) {
            week(request, response, language);
        } else if (path.startsWith("/jour/")) {
            day(request, response, Weeks.date(path.substring(6), "jour"), language);
        } else if (path.startsWith("/evenements/")) {
            event(request, response, id(path.substring(12), "event"), language);
        } else if (path.startsWith("/lieux/")) {
            venue(request, response, id(path.substring(7), "venue"), language);
        } else {
            throw new NotFound("page", path);
        }
    }

    private void week(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
        AgendaFilter filter = Filters.from(request::getParameter);
        Agenda.Week week = agenda.week(request.getParameter("semaine"), filter, language);
        String query = Filters.query(filter);
        Map<String, Object> model = filterModel(filter, language);
        model.put("week", week.week());
        model.put("days", days(week.days(), language));
        model.put("previousHref", "/agenda?semaine=" + week.previous() + (query.isEmpty() ? "" : "&" + query));
        model.put("nextHref", "/agenda?semaine=" + week.next() + (query.isEmpty() ? "" : "&" + query));
        model.put("range", FrenchDates.day(week.from(), language) + " – " + FrenchDates.day(week.to(), language));
        model.put("feedQuery", query.isEmpty() ? "" : "?" + query);
        model.put("pdfHref", "/agenda/programme.pdf?semaine=" + week.week() + (query.isEmpty() ? "" : "&" + query));
        String title = (language == Language.EN ? "Agenda, week of " : "Agenda, semaine du ") + FrenchDates.day(week.from(), language);
        pages.render(request, response, new Page(AgendaPages.class.getClassLoader(), "templates/agenda/week.ftlh", title, model));
    }

    private void day(HttpServletRequest request, HttpServletResponse response, LocalDate date, Language language)
            throws IOException {
        AgendaFilter filter = Filters.from(request::getParameter);
        Map<String, Object> model = filterModel(filter, language);
        model.put("days", days(agenda.days(date, date, filter, language), language));
        model.put("weekHref", "/agenda?semaine=" + Weeks.name(date));
        model.put("previousHref", "/agenda/jour/" + date.minusDays(1));
        model.put("nextHref", "/agenda/jour/" + date.plusDays(1));
        String title = FrenchDates.day(date, language);
        pages.render(request, response, new Page(AgendaPages.class.getClassLoader(), "templates/agenda/day.ftlh",
                title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1), model));
    }

    private void event(HttpServletRequest request, HttpServletResponse response, long id, Language language)
            throws IOException {
        Event event = events.find(id).orElseThrow(() -> new NotFound("event", id));
        if (event.review() != Event.Review.PUBLISHED && !rights.mayEdit(visitors.caller(request).orElse(null), event)) {
            throw new NotFound("event", id);
        }
        Venue venue = event.venueId() == null ? null : venues.find(event.venueId()).orElse(null);
        var organiser = event.structureId() == null ? null : structures.find(event.structureId()).orElse(null);
        List<Map<String, Object>> next = occurrences.next(event, venue, java.time.Instant.now(), 10).stream()
                .map(o -> Views.occurrence(o, language)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("event", Views.occurrence(new org.fabrique.agenda.Occurrence(event.startsAt(), event.endsAt(), event, venue), language));
        model.put("descriptionHtml", markdown.toHtml(event.description()));
        model.put("next", next);
        model.put("organiser", organiser == null ? "" : organiser.name());
        model.put("organiserHref", organiser == null ? "" : "/structures/" + organiser.id());
        model.put("bookingUrl", event.bookingUrl() == null ? "" : event.bookingUrl());
        model.put("onlineUrl", event.onlineUrl() == null ? "" : event.onlineUrl());
        model.put("imageUrl", event.imageUrl() == null ? "" : event.imageUrl());
        model.put("imageAlt", event.imageAlt() == null ? "" : event.imageAlt());
        model.put("source", event.source());
        model.put("pending", event.review() != Event.Review.PUBLISHED);
        model.put("jsonLd", JsonLd.of(event, venue, organiser, site.absolute(AgendaPaths.event(id)),
                markdown.toPlainText(event.description())));
        pages.render(request, response, new Page(AgendaPages.class.getClassLoader(), "templates/agenda/event.ftlh",
                event.title(), model));
    }

    private void venue(HttpServletRequest request, HttpServletResponse response, long id, Language language)
            throws IOException {
        Venue venue = venues.find(id).orElseThrow(() -> new NotFound("venue", id));
        AgendaFilter filter = new AgendaFilter(null, id, null, null, false, false);
        LocalDate today = agenda.today();
        Map<String, Object> model = new HashMap<>();
        model.put("venue", venue);
        model.put("accessibility", String.join(", ", venue.accessibility()));
        model.put("days", days(agenda.days(today, today.plusDays(27), filter, language), language));
        model.put("widgetUrl", site.absolute("/agenda/widget?venue=" + id));
        model.put("feedUrl", site.absolute("/agenda/feed.ics?venue=" + id));
        pages.render(request, response, new Page(AgendaPages.class.getClassLoader(), "templates/agenda/venue.ftlh",
                venue.name(), model));
    }

    /** Days as the templates show them; the empty ones are kept so that the week reads as a week. */
    static List<Map<String, Object>> days(List<Agenda.Day> days, Language language) {
        return days.stream().map(d -> Map.<String, Object>of("label", d.label(), "date", d.date().toString(),
                "href", "/agenda/jour/" + d.date(), "items",
                d.occurrences().stream().map(o -> Views.occurrence(o, language)).toList())).toList();
    }

    private Map<String, Object> filterModel(AgendaFilter filter, Language language) {
        Map<String, Object> model = new HashMap<>();
        model.put("venues", Views.choices(venues.all()));
        model.put("category", filter.category() == null ? "" : filter.category());
        model.put("venue", filter.venueId() == null ? "" : filter.venueId().toString());
        model.put("structure", filter.structureId() == null ? "" : filter.structureId().toString());
        model.put("neighbourhood", filter.neighbourhood() == null ? "" : filter.neighbourhood());
        model.put("free", filter.freeOnly());
        model.put("accessible", filter.accessibleOnly());
        model.put("categories", Categories.choices(language));
        return model;
    }

    private static long id(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFound(what, value);
        }
    }
}
