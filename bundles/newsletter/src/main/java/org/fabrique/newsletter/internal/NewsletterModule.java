package org.fabrique.newsletter.internal;

import java.util.Set;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class NewsletterModule implements ModuleDescriptor {

    /** Composes, schedules and sends letters, imports subscribers, chooses cross-promotion items. */
    public static final String EDITOR = "newsletter.editor";

    @Override
    public String id() {
        return "newsletter";
    }

    @Override
    public String name(Language language) {
        return language == Language.EN ? "Newsletters" : "Lettres d'information";
    }

    @Override
    public String description(Language language) {
        return language == Language.EN ? "The weekly agenda letter, the monthly Fabrique letter and the structures' lists."
                : "L'agenda de la semaine, la lettre mensuelle de la Fabrique et les listes des structures.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String entryPage() {
        return "/lettres";
    }

    @Override
    public Set<String> roles() {
        return Set.of(EDITOR);
    }
}
