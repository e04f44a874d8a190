package org.fabrique.hello.internal;

import java.time.LocalDate;
import java.util.List;

import org.fabrique.core.Language;
import org.fabrique.core.LetterItem;
import org.fabrique.core.LetterSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guestbook's latest messages as a newsletter section: data, the newsletter renders it. */
@Component(service = LetterSection.class)
public class GuestbookLetterSection implements LetterSection {

    private final Guestbook guestbook;

    @Activate
    public GuestbookLetterSection(@Reference Guestbook guestbook) {
        this.guestbook = guestbook;
    }

    @Override
    public String id() {
        return "hello.messages";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String title(Language language) {
        return language == Language.EN ? "From the guestbook" : "Dans le livre d'or";
    }

    /** The five latest messages, whatever the period: a guestbook has no dates to choose from. */
    @Override
    public List<LetterItem> items(LocalDate from, LocalDate to, Language language) {
        return guestbook.latest(5).stream().map(m -> m.text().length() > 80
                ? new LetterItem(m.text().substring(0, 79) + "…", null, null, m.text(), "/hello", null, null)
                : LetterItem.of(m.text(), null, null, "/hello")).toList();
    }
}
