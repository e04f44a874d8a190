package org.fabrique.agenda.internal;

import java.time.Instant;
import java.util.List;

import org.fabrique.agenda.Occurrence;
import org.fabrique.core.Language;
import org.fabrique.web.Site;

/** The coming occurrences as an Atom feed (RFC 4287), one entry per occurrence. */
final class Atom {

    private Atom() {
    }

    static String of(List<Occurrence> coming, Site site, String self) {
        Instant updated = coming.stream().map(o -> o.event().updatedAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n");
        xml.append("<title>Agenda de la Fabrique de la Transition</title>\n");
        xml.append("<id>").append(Html.escape(site.absolute("/agenda"))).append("</id>\n");
        xml.append("<link rel=\"self\" href=\"").append(Html.escape(self)).append("\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(site.absolute("/agenda"))).append("\"/>\n");
        xml.append("<updated>").append(updated).append("</updated>\n");
        xml.append("<author><name>Fabrique de la Transition</name></author>\n");
        for (Occurrence o : coming) {
            String link = site.absolute(AgendaPaths.event(o.event().id()));
            String when = FrenchDates.when(o.startsAt(), o.event().allDay(), Language.FR);
            String where = Views.where(o.event(), o.venue());
            xml.append("<entry>\n<title>").append(Html.escape(o.event().title())).append("</title>\n");
            xml.append("<id>").append(Html.escape(link + "#" + o.startsAt().toEpochMilli())).append("</id>\n");
            xml.append("<link href=\"").append(Html.escape(link)).append("\"/>\n");
            xml.append("<updated>").append(o.event().updatedAt()).append("</updated>\n");
            xml.append("<summary>").append(Html.escape(when + (where.isEmpty() ? "" : " — " + where))).append("</summary>\n");
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
