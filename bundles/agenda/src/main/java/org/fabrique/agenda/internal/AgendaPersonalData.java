package org.fabrique.agenda.internal;

import java.util.List;
import java.util.Map;

import org.fabrique.core.People;
import org.fabrique.core.PersonalDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The events a person submitted, signed in or with their address: exported with their data; on
 * erasure, those not published go and the published ones lose every trace of their author.
 */
@Component(service = PersonalDataContributor.class)
public class AgendaPersonalData implements PersonalDataContributor {

    private final Events events;
    private final People people;

    @Activate
    public AgendaPersonalData(@Reference Events events, @Reference People people) {
        this.events = events;
        this.people = people;
    }

    @Override
    public String id() {
        return "agenda";
    }

    @Override
    public Object export(long personId) {
        String email = people.find(personId).map(p -> p.email()).orElse(null);
        List<?> submittedWithAddress = email == null ? List.of() : events.byAuthorEmail(email).stream()
                .filter(e -> e.authorId() == null).toList();
        return Map.of("events", events.byAuthor(personId), "submittedWithoutAccount", submittedWithAddress);
    }

    @Override
    public void erase(long personId) {
        events.eraseAuthor(personId, people.find(personId).map(p -> p.email()).orElse(null));
    }
}
