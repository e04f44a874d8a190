package org.fabrique.newsletter.internal;

import java.util.List;
import java.util.Map;

import org.fabrique.core.PersonalDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A person's subscriptions: exported with their data, erased with them (consent records stay in the core). */
@Component(service = PersonalDataContributor.class)
public class NewsletterPersonalData implements PersonalDataContributor {

    private final Subscriptions subscriptions;
    private final MailingLists lists;

    @Activate
    public NewsletterPersonalData(@Reference Subscriptions subscriptions, @Reference MailingLists lists) {
        this.subscriptions = subscriptions;
        this.lists = lists;
    }

    @Override
    public String id() {
        return "newsletter";
    }

    @Override
    public Object export(long personId) {
        List<Map<String, Object>> export = subscriptions.ofPerson(personId).stream().map(s -> Map.<String, Object>of(
                "list", lists.find(s.listId()).map(MailingList::name).orElse("?"), "email", s.email(),
                "status", s.status(), "changedAt", s.changedAt().toString(),
                "source", s.source() == null ? "" : s.source())).toList();
        return Map.of("subscriptions", export);
    }

    @Override
    public void erase(long personId) {
        subscriptions.erase(personId);
    }
}
