package org.fabrique.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.fabrique.web.HomeSection;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /}: what the Fabrique is, its installed modules, then the sections modules contribute.
 * A section that fails is left out (and logged) rather than taking the home page down with it.
 */
final class HomePage {

    static final String TEMPLATE = "templates/web/home.ftlh";
    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final InstalledModules modules;
    private final Supplier<List<HomeSection>> sections;
    private final Messages messages;

    HomePage(PageRenderer renderer, Visitors visitors, InstalledModules modules,
            Supplier<List<HomeSection>> sections, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.modules = modules;
        this.sections = sections;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = Map.of("modules", cards(language), "sections", sections(language));
        renderer.render(request, response, new Page(HomePage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "home.title"), model));
    }

    private List<ModuleCard> cards(Language language) {
        List<ModuleCard> cards = new ArrayList<>();
        for (ModuleDescriptor module : modules.byName(language)) {
            String href = LocalPath.isSafe(module.entryPage()) ? module.entryPage() : null;
            cards.add(new ModuleCard(module.name(language), module.description(language), href));
        }
        return cards;
    }

    List<SectionView> sections(Language language) {
        List<HomeSection> ordered = new ArrayList<>(sections.get());
        ordered.sort(Comparator.comparingInt(HomeSection::order).thenComparing(HomeSection::id));
        List<SectionView> views = new ArrayList<>();
        for (HomeSection section : ordered) {
            try {
                views.add(new SectionView(anchor(section.id()), section.title(language), section.html(language)));
            } catch (RuntimeException e) {
                LOG.warn("Home section {} failed and is left out of the home page", section.id(), e);
            }
        }
        return views;
    }

    /** {@code section-} and the id reduced to letters, digits and dashes. */
    static String anchor(String id) {
        String safe = id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "section-" + safe;
    }
}
