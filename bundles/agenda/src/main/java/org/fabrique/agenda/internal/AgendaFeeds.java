package org.fabrique.agenda.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.agenda.AgendaFilter;
import org.fabrique.agenda.Occurrence;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.web.Markdown;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What other software reads: the iCalendar feed ({@code /agenda/feed.ics}, each event once with its
 * rule), the Atom feed of the coming two weeks ({@code /agenda/feed.atom}), both with the pages'
 * filters and an ETag so that a client polling an unchanged agenda gets a 304; and the widget
 * ({@code /agenda/widget}), a self-contained page meant for an iframe on a member's own site; and the
 * printable programme of a week ({@code /agenda/programme.pdf}).
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/agenda/feed.ics",
        "osgi.http.whiteboard.servlet.pattern=/agenda/feed.atom",
        "osgi.http.whiteboard.servlet.pattern=/agenda/widget",
        "osgi.http.whiteboard.servlet.pattern=/agenda/programme.pdf",
        "osgi.http.whiteboard.servlet.name=fabrique-agenda-feeds" })
public class AgendaFeeds extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Past events stay in the iCalendar feed a month, so that calendars keep them. */
    private static final Duration KEPT = Duration.ofDays(30);

    private final transient Occurrences occurrences;
    private final transient Agenda agenda;
    private final transient Markdown markdown;
    private final transient Site site;
    private final transient RenderedFeeds rendered = new RenderedFeeds(32);

    @Activate
    public AgendaFeeds(@Reference Occurrences occurrences, @Reference Agenda agenda, @Reference Markdown markdown,
            @Reference Site site) {
        this.occurrences = occurrences;
        this.agenda = agenda;
        this.markdown = markdown;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AgendaFilter filter;
        try {
            filter = Filters.from(request::getParameter);
        } catch (InvalidInput e) {
            response.sendError(400, e.getMessage());
            return;
        }
        String path = request.getServletPath();
        if (path.endsWith("/widget")) {
            widget(request, response, filter);
            return;
        }
        if (path.endsWith("/programme.pdf")) {
            programme(request, response, filter);
            return;
        }
        LocalDate today = agenda.today();
        String etag = "\"" + Integer.toHexString((occurrences.signature() + today + Filters.query(filter) + path).hashCode()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=300");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        if (path.endsWith(".ics")) {
            write(response, "text/calendar; charset=utf-8", rendered.get(etag, () -> {
                Occurrences.Exported exported = occurrences.exported(Instant.now().minus(KEPT), filter);
                return utf8(IcsWriter.write("Agenda de la Fabrique", exported.events(), exported.venues(),
                        e -> site.absolute(AgendaPaths.event(e.id())), markdown::toPlainText));
            }));
        } else {
            String self = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            write(response, "application/atom+xml; charset=utf-8", rendered.get(etag, () -> {
                List<Occurrence> coming = agenda.days(today, today.plusDays(13), filter, Language.FR).stream()
                        .flatMap(d -> d.occurrences().stream()).distinct().limit(200).toList();
                return utf8(Atom.of(coming, site, self));
            }));
        }
    }

    /** The week ({@code semaine=2026-W49}, the current one by default) as a PDF for venues to pin up. */
    private void programme(HttpServletRequest request, HttpServletResponse response, AgendaFilter filter) throws IOException {
        Agenda.Week week;
        try {
            week = agenda.week(request.getParameter("semaine"), filter, Language.FR);
        } catch (InvalidInput e) {
            response.sendError(400, e.getMessage());
            return;
        }
        byte[] pdf = ProgrammePdf.of("Programme de la semaine du " + FrenchDates.day(week.from(), Language.FR) + " au "
                + FrenchDates.day(week.to(), Language.FR), week.days(), site.absolute("/agenda"));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"programme-" + week.week() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private void widget(HttpServletRequest request, HttpServletResponse response, AgendaFilter filter) throws IOException {
        LocalDate today = agenda.today();
        List<Agenda.Day> days = agenda.days(today, today.plusDays(13), filter, Language.FR);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Agenda de la Fabrique</title>"
                + "<style>body{font:15px/1.4 system-ui,sans-serif;margin:0;padding:.5rem;color:#1b1b1b;background:#fff}"
                + "h2{font-size:1rem;margin:.8rem 0 .2rem;color:#14532d}ul{list-style:none;margin:0;padding:0}"
                + "li{padding:.25rem 0;border-bottom:1px solid #ddd}a{color:#14532d}.t{font-weight:600}</style></head><body>");
        html.append("<p><a href=\"").append(Html.escape(site.absolute("/agenda?" + Filters.query(filter))))
                .append("\" target=\"_blank\" rel=\"noopener\">Agenda de la Fabrique de la Transition</a></p>");
        boolean any = false;
        for (Agenda.Day day : days) {
            if (day.occurrences().isEmpty()) {
                continue;
            }
            any = true;
            html.append("<h2>").append(Html.escape(capitalised(day.label()))).append("</h2><ul>");
            for (Occurrence o : day.occurrences()) {
                html.append("<li><span class=\"t\">").append(Html.escape(o.event().allDay() ? "Journée"
                        : FrenchDates.time(o.startsAt(), Language.FR))).append("</span> <a href=\"")
                        .append(Html.escape(site.absolute(AgendaPaths.event(o.event().id()))))
                        .append("\" target=\"_blank\" rel=\"noopener\">").append(Html.escape(o.event().title()))
                        .append("</a>");
                String where = Views.where(o.event(), o.venue());
                if (!where.isEmpty()) {
                    html.append(" — ").append(Html.escape(where));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (!any) {
            html.append("<p>Rien de prévu dans les deux prochaines semaines.</p>");
        }
        html.append("</body></html>");
        // Meant to be framed by other sites: this path alone allows it; no cookie is read or set.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:;"
                + " base-uri 'none'; form-action 'none'; frame-ancestors *");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "public, max-age=300");
        write(response, "text/html; charset=utf-8", html.toString());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        write(response, type, utf8(body));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(HttpServletResponse response, String type, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

}
