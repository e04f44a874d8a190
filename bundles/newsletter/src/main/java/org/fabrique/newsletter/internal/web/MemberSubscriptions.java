package org.fabrique.newsletter.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fabrique.core.Caller;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.Subscription;
import org.fabrique.newsletter.internal.Subscriptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A logged-in person's view of the public lists: subscribed or not, by their account's address. */
@Component(service = MemberSubscriptions.class)
public class MemberSubscriptions {

    private final MailingLists lists;
    private final Subscriptions subscriptions;

    @Activate
    public MemberSubscriptions(@Reference MailingLists lists, @Reference Subscriptions subscriptions) {
        this.lists = lists;
        this.subscriptions = subscriptions;
    }

    /** Each public list with {@code id, name, subscribed, subscriptionId}. */
    public List<Map<String, Object>> of(Caller caller) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (MailingList list : lists.all()) {
            Optional<Subscription> own = subscriptions.find(list.id(), caller.email());
            if (!list.isPublic() && own.isEmpty()) {
                continue;
            }
            boolean subscribed = own.map(s -> Subscription.CONFIRMED.equals(s.status())).orElse(false);
            views.add(Map.of("id", list.id(), "name", list.name(), "subscribed", subscribed,
                    "subscriptionId", own.map(Subscription::id).orElse(0L)));
        }
        return views;
    }
}
