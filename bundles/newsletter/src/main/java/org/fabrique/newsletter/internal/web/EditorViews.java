package org.fabrique.newsletter.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;
import org.fabrique.newsletter.internal.DeliveryCounts;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.LetterSections;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.Promotion;
import org.fabrique.newsletter.internal.Promotions;
import org.fabrique.newsletter.internal.WeeklyLetters;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The editors' two pages, the letters and one letter, as template models. */
@Component(service = EditorViews.class)
public class EditorViews {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy à HH:mm", Locale.FRENCH)
            .withZone(java.time.ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final PageRenderer pages;
    private final Letters letters;
    private final MailingLists lists;
    private final LetterSections sections;
    private final Promotions promotions;
    private final DeliveryQueue queue;
    private final WeeklyLetters weekly;
    private final Visitors visitors;

    @Activate
    public EditorViews(@Reference PageRenderer pages, @Reference Visitors visitors, @Reference Letters letters, @Reference MailingLists lists,
            @Reference LetterSections sections, @Reference Promotions promotions, @Reference DeliveryQueue queue,
            @Reference WeeklyLetters weekly) {
        this.pages = pages;
        this.visitors = visitors;
        this.letters = letters;
        this.lists = lists;
        this.sections = sections;
        this.promotions = promotions;
        this.queue = queue;
        this.weekly = weekly;
    }

    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("letters", letters.all().stream().map(l -> {
            DeliveryCounts counts = queue.counts(l.id());
            return Map.<String, Object>of("id", l.id(), "subject", l.subject(), "list", listName(l.listId()),
                    "status", l.status(), "sent", counts.sent(), "total", counts.total(), "failed", counts.failed());
        }).toList());
        model.put("weeklySection", weekly.sectionId());
        model.put("weeklyInstalled", weekly.sectionInstalled());
        render(request, response, "templates/newsletter/editor-index.ftlh",
                english(request) ? "Letters" : "Rédaction des lettres", model, 200);
    }

    void compose(HttpServletRequest request, HttpServletResponse response, Letter letter, Map<String, Object> form,
            Map<String, String> errors, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("letter", letter == null ? null : Map.of("id", letter.id(), "status", letter.status(),
                "editable", letter.editable(), "scheduledAt", letter.scheduledAt() == null ? ""
                        : SHOWN.format(letter.scheduledAt())));
        model.put("form", form);
        model.put("errors", english(request) ? errors : french(errors));
        model.put("lists", lists.all().stream().map(l -> Map.of("id", String.valueOf(l.id()), "name", l.name()))
                .toList());
        @SuppressWarnings("unchecked")
        List<String> checked = (List<String>) form.get("sections");
        model.put("sections", sections.all().stream().map(s -> Map.of("id", s.id(), "title", s.title(Language.FR),
                "checked", checked.contains(s.id()))).toList());
        List<Promotion> offered = new java.util.ArrayList<>(letter == null ? List.of() : promotions.chosenFor(letter.id()));
        offered.addAll(promotions.open());
        model.put("promotions", offered.stream().map(p -> Map.of("id", p.id(), "title", p.title(),
                "structure", p.structureName(), "featured", p.featured(),
                "checked", letter != null && p.letterId() != null && p.letterId() == letter.id())).toList());
        if (letter != null && !letter.editable()) {
            DeliveryCounts counts = queue.counts(letter.id());
            model.put("progress", Map.of("total", counts.total(), "sent", counts.sent(), "queued", counts.queued()
                    + counts.sending(), "failed", counts.failed()));
        }
        String title = letter == null ? (english(request) ? "New letter" : "Nouvelle lettre") : (String) form.get("subject");
        render(request, response, "templates/newsletter/editor-letter.ftlh", title, model, status);
    }

    private static final Map<String, String> FRENCH = Map.of(
            "listId", "Choisissez la liste de cette lettre.",
            "subject", "Un objet de 1 à 300 caractères, sur une seule ligne.",
            "body", "Le texte a au plus 100 000 caractères.",
            "sections", "Une section choisie n'existe pas.",
            "from", "Une date au format aaaa-mm-jj.",
            "to", "Une date au format aaaa-mm-jj, pas avant le début de la période.",
            "at", "Choisissez une date et une heure à venir.",
            "promotions", "Une nouvelle choisie n'existe pas ou est déjà dans une autre lettre.");

    /** The services' messages are English; the form shows them in French. */
    private static Map<String, String> french(Map<String, String> errors) {
        Map<String, String> french = new HashMap<>();
        errors.forEach((field, message) -> french.put(field, FRENCH.getOrDefault(field, message)));
        return french;
    }

    String weeklyMessage(WeeklyLetters.Outcome outcome, Language language) {
        boolean en = language == Language.EN;
        return switch (outcome) {
            case ASSEMBLED -> en ? "This week's letter is ready as a draft." : "La lettre de la semaine est prête en brouillon.";
            case SENT -> en ? "This week's letter is going out." : "La lettre de la semaine part.";
            case ALREADY_THERE -> en ? "This week's letter already exists." : "La lettre de cette semaine existe déjà.";
            case NO_SECTION -> (en ? "Not assembled: no installed module offers the section " : "Pas assemblée : aucun "
                    + "module installé n'offre la section ") + weekly.sectionId() + ".";
            case NO_LIST -> en ? "Not assembled: the weekly list does not exist." : "Pas assemblée : la liste hebdomadaire n'existe pas.";
        };
    }

    /** A date and time typed in Europe/Paris ({@code datetime-local}). */
    Instant parisTime(String value) {
        return LocalDateTime.parse(value == null ? "" : value.trim(), INPUT).atZone(java.time.ZoneId.of("Europe/Paris"))
                .toInstant();
    }

    static Map<String, Object> emptyForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("listId", "");
        form.put("subject", "");
        form.put("body", "");
        form.put("from", "");
        form.put("to", "");
        form.put("at", "");
        form.put("sections", List.of());
        return form;
    }

    static Map<String, Object> form(Letter letter) {
        Map<String, Object> form = emptyForm();
        form.put("listId", String.valueOf(letter.listId()));
        form.put("subject", letter.subject());
        form.put("body", letter.body());
        form.put("from", letter.from().toString());
        form.put("to", letter.to().toString());
        form.put("sections", letter.sections());
        return form;
    }

    static Map<String, Object> form(HttpServletRequest request) {
        Map<String, Object> form = emptyForm();
        for (String field : List.of("listId", "subject", "body", "from", "to", "at")) {
            String value = request.getParameter(field);
            form.put(field, value == null ? "" : value);
        }
        String[] checked = request.getParameterValues("sections");
        form.put("sections", checked == null ? List.of() : List.of(checked));
        return form;
    }

    private String listName(long listId) {
        return lists.find(listId).map(MailingList::name).orElse("?");
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String template, String title,
            Map<String, Object> model, int status) throws IOException {
        pages.render(request, response, new Page(EditorViews.class.getClassLoader(), template, title, model, status));
    }

    private boolean english(HttpServletRequest request) {
        return visitors.language(request) == Language.EN;
    }
}
