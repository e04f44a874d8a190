package org.fabrique.agenda.internal;

import java.util.Set;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class AgendaModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "agenda";
    }

    @Override
    public String name(Language language) {
        return language == Language.EN ? "Agenda" : "Agenda";
    }

    @Override
    public String description(Language language) {
        return language == Language.EN
                ? "The shared weekly agenda of Saint-Étienne's venues and member structures."
                : "L'agenda partagé de la semaine : les lieux culturels et les structures membres de Saint-Étienne.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String entryPage() {
        return AgendaPaths.HOME;
    }

    /** Moderators decide on submitted events, edit any event, merge duplicates and run every feed. */
    @Override
    public Set<String> roles() {
        return Set.of(AgendaRights.MODERATOR);
    }
}
