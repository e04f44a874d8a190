package org.fabrique.newsletter.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fabrique.core.Language;
import org.fabrique.core.LetterItem;
import org.fabrique.core.LetterSection;
import org.fabrique.web.Markdown;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a letter into its two parts from the same content: HTML from a table-based template with
 * inline styles (what common mail clients render), and plain text from the Markdown's text. Links
 * are absolute ({@link Site}); the sections come from the modules installed now.
 */
@Component(service = LetterRenderer.class)
public class LetterRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(LetterRenderer.class);
    private static final String TEMPLATE = "templates/newsletter/mail.ftlh";

    private final PageRenderer pages;
    private final Markdown markdown;
    private final Site site;
    private final LetterSections sections;
    private final Promotions promotions;

    @Activate
    public LetterRenderer(@Reference PageRenderer pages, @Reference Markdown markdown, @Reference Site site,
            @Reference LetterSections sections, @Reference Promotions promotions) {
        this.promotions = promotions;
        this.pages = pages;
        this.markdown = markdown;
        this.site = site;
        this.sections = sections;
    }

    public RenderedLetter render(Letter letter, MailingList list) {
        List<RenderedSection> parts = new ArrayList<>();
        List<LetterItem> news = letter.id() == 0 ? List.of() : promotions.chosenFor(letter.id()).stream()
                .map(p -> new LetterItem(p.title(), null, p.structureName(), p.summary(), p.link(), null, null)).toList();
        if (!news.isEmpty()) {
            parts.add(new RenderedSection("Des nouvelles des structures", news));
        }
        for (String id : letter.sections()) {
            Optional<LetterSection> section = sections.find(id);
            if (section.isEmpty()) {
                LOG.warn("Letter {} asks for the section {}, which no installed module offers: left out", letter.id(), id);
                continue;
            }
            List<LetterItem> items = section.get().items(letter.from(), letter.to(), Language.FR);
            if (!items.isEmpty()) {
                parts.add(new RenderedSection(section.get().title(Language.FR), items));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("subject", letter.subject());
        model.put("listName", list.name());
        model.put("body", markdown.toHtml(letter.body()));
        model.put("sections", parts.stream().map(this::sectionModel).toList());
        model.put("unsubscribe", RenderedLetter.UNSUBSCRIBE);
        model.put("archive", site.absolute("/lettres/archives/" + letter.id()));
        model.put("site", site.publicUrl());
        String html = pages.fragment(new Page(LetterRenderer.class.getClassLoader(), TEMPLATE, letter.subject(), model),
                Language.FR);
        return new RenderedLetter(letter.subject(), html, text(letter, list, parts));
    }

    private Map<String, Object> sectionModel(RenderedSection section) {
        return Map.of("title", section.title(), "items", section.items().stream().map(item -> {
            Map<String, Object> values = new HashMap<>();
            values.put("title", item.title());
            values.put("when", item.when() == null ? "" : item.when());
            values.put("where", item.where() == null ? "" : item.where());
            values.put("summary", item.summary() == null ? "" : item.summary());
            values.put("link", item.link() == null ? "" : site.absolute(item.link()));
            values.put("imageUrl", item.imageUrl() == null ? "" : item.imageUrl());
            values.put("imageAlt", item.imageAlt() == null ? "" : item.imageAlt());
            return values;
        }).toList());
    }

    private String text(Letter letter, MailingList list, List<RenderedSection> parts) {
        StringBuilder text = new StringBuilder();
        text.append(list.name()).append("\n").append(letter.subject()).append("\n\n");
        String body = markdown.toPlainText(letter.body()).strip();
        if (!body.isEmpty()) {
            text.append(body).append("\n\n");
        }
        for (RenderedSection section : parts) {
            text.append("== ").append(section.title()).append(" ==\n\n");
            for (LetterItem item : section.items()) {
                text.append("* ").append(item.title()).append('\n');
                appendLine(text, item.when());
                appendLine(text, item.where());
                appendLine(text, item.summary());
                if (item.link() != null) {
                    appendLine(text, site.absolute(item.link()));
                }
                text.append('\n');
            }
        }
        text.append("--\nLire en ligne : ").append(site.absolute("/lettres/archives/" + letter.id())).append('\n');
        text.append("Se désabonner : ").append(RenderedLetter.UNSUBSCRIBE).append('\n');
        return text.toString();
    }

    private static void appendLine(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append("  ").append(value.strip()).append('\n');
        }
    }

    private record RenderedSection(String title, List<LetterItem> items) {
    }
}
