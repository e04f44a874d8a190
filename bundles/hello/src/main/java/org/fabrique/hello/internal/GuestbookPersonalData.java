package org.fabrique.hello.internal;

import org.fabrique.core.PersonalDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A person's messages are theirs: exported with their data, erased with their account. */
@Component(service = PersonalDataContributor.class)
public class GuestbookPersonalData implements PersonalDataContributor {

    private final Guestbook guestbook;

    @Activate
    public GuestbookPersonalData(@Reference Guestbook guestbook) {
        this.guestbook = guestbook;
    }

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public Object export(long personId) {
        return guestbook.byAuthor(personId);
    }

    @Override
    public void erase(long personId) {
        guestbook.eraseAuthor(personId);
    }
}
