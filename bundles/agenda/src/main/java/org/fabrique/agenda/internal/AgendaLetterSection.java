package org.fabrique.agenda.internal;

import java.time.LocalDate;
import java.util.List;

import org.fabrique.agenda.Occurrence;
import org.fabrique.core.Language;
import org.fabrique.core.LetterItem;
import org.fabrique.core.LetterSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "L'agenda de la semaine" for the newsletter: the occurrences of the letter's days, as data. */
@Component(service = LetterSection.class)
public class AgendaLetterSection implements LetterSection {

    private static final int MAX_ITEMS = 40;

    private final Agenda agenda;

    @Activate
    public AgendaLetterSection(@Reference Agenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public String id() {
        return "agenda.week";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Language language) {
        return language == Language.EN ? "This week's agenda" : "L'agenda de la semaine";
    }

    @Override
    public List<LetterItem> items(LocalDate from, LocalDate to, Language language) {
        LocalDate last = to.isAfter(from.plusDays(Agenda.MAX_DAYS - 1)) ? from.plusDays(Agenda.MAX_DAYS - 1) : to;
        return agenda.days(from, last, org.fabrique.agenda.AgendaFilter.NONE, language).stream()
                .flatMap(day -> day.occurrences().stream().filter(o -> o.startsAt().atZone(ICal.PARIS).toLocalDate()
                        .equals(day.date()) || day.date().equals(from)))
                .filter(o -> o.event().status() != org.fabrique.agenda.Event.Status.CANCELLED)
                .distinct().limit(MAX_ITEMS).map(o -> item(o, language)).toList();
    }

    private static LetterItem item(Occurrence o, Language language) {
        String when = FrenchDates.when(o.startsAt(), o.event().allDay(), language);
        String where = o.venue() == null ? o.event().locationText()
                : o.venue().name() + (o.venue().neighbourhood() == null ? "" : ", " + o.venue().neighbourhood());
        return new LetterItem(o.event().title(), when, where, null, AgendaPaths.event(o.event().id()),
                o.event().imageUrl(), o.event().imageUrl() == null ? null : o.event().imageAlt());
    }
}
