package org.fabrique.hello.internal;

import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.web.HomeSection;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The home page's "latest messages" of the guestbook: there while the module is installed. */
@Component(service = HomeSection.class)
public class GuestbookHomeSection implements HomeSection {

    private final PageRenderer pages;
    private final Guestbook guestbook;

    @Activate
    public GuestbookHomeSection(@Reference PageRenderer pages, @Reference Guestbook guestbook) {
        this.pages = pages;
        this.guestbook = guestbook;
    }

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String title(Language language) {
        return language == Language.EN ? "Latest guestbook messages" : "Derniers mots du livre d'or";
    }

    @Override
    public String html(Language language) {
        return pages.fragment(new Page(GuestbookHomeSection.class.getClassLoader(), "templates/hello/section.ftlh", "",
                Map.of("messages", guestbook.latestForPages(3))), language);
    }
}
