package org.fabrique.newsletter.internal.web;

import java.util.List;
import java.util.Map;

import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.web.MemberSection;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "My letters" in /me: the person's subscriptions, and the way to the page that changes them. */
@Component(service = MemberSection.class)
public class NewsletterMemberSection implements MemberSection {

    private final PageRenderer pages;
    private final MemberSubscriptions subscriptions;

    @Activate
    public NewsletterMemberSection(@Reference PageRenderer pages, @Reference MemberSubscriptions subscriptions) {
        this.pages = pages;
        this.subscriptions = subscriptions;
    }

    @Override
    public String id() {
        return "newsletter";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Language language) {
        return language == Language.EN ? "My newsletters" : "Mes lettres d'information";
    }

    @Override
    public String html(Caller caller, Language language) {
        List<Map<String, Object>> lists = subscriptions.of(caller);
        return pages.fragment(new Page(NewsletterMemberSection.class.getClassLoader(),
                "templates/newsletter/member-section.ftlh", "", Map.of("lists", lists)), language);
    }
}
