package org.fabrique.agenda.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.web.HomeSection;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The home page's "next days in the agenda": the coming week's first events. */
@Component(service = HomeSection.class)
public class AgendaHomeSection implements HomeSection {

    private final PageRenderer pages;
    private final Agenda agenda;

    @Activate
    public AgendaHomeSection(@Reference PageRenderer pages, @Reference Agenda agenda) {
        this.pages = pages;
        this.agenda = agenda;
    }

    @Override
    public String id() {
        return "agenda";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Language language) {
        return language == Language.EN ? "Coming up in the agenda" : "Les prochains jours dans l'agenda";
    }

    @Override
    public String html(Language language) {
        LocalDate today = agenda.today();
        List<Map<String, Object>> items = agenda.upcoming(today, today.plusDays(6), 6).stream()
                .map(o -> Views.occurrence(o, language)).toList();
        return pages.fragment(new Page(AgendaHomeSection.class.getClassLoader(), "templates/agenda/section.ftlh", "",
                Map.of("items", items)), language);
    }
}
