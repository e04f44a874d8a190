package org.fabrique.hello.internal;

import java.util.Set;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class HelloModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public String name(Language language) {
        return language == Language.EN ? "Hello" : "Bonjour";
    }

    @Override
    public String description(Language language) {
        return language == Language.EN ? "A guestbook: the example module for partners who write their own."
                : "Un livre d'or : le module d'exemple pour les partenaires qui écrivent le leur.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String entryPage() {
        return "/hello";
    }

    /** Moderators remove messages that are not theirs. */
    @Override
    public Set<String> roles() {
        return Set.of(GuestbookResource.MODERATOR);
    }
}
