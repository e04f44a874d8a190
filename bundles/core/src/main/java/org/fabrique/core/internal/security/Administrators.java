package org.fabrique.core.internal.security;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Makes a person an administrator with a password, creating the person if needed. */
@Component(service = Administrators.class)
public class Administrators {

    private final People people;
    private final Accounts accounts;
    private final Roles roles;
    private final AuditLog audit;

    @Activate
    public Administrators(@Reference People people, @Reference Accounts accounts, @Reference Roles roles,
            @Reference AuditLog audit) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.audit = audit;
    }

    /**
     * @param password the password to set, or null for a random one
     * @return the password now valid for this administrator
     */
    public String create(String email, String name, String password) {
        Person person = people.findByEmail(email).orElseGet(() -> people.create(
                new PersonChange(name == null || name.isBlank() ? "Administrateur" : name, email, null, Language.FR)));
        String effective = password == null || password.isEmpty() ? Tokens.newPassword() : password;
        accounts.setPassword(person.id(), effective);
        roles.grant(person.id(), Caller.ADMIN);
        audit.record(null, "admin.create", "person/" + person.id(), null);
        return effective;
    }
}
