package org.fabrique.core;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Platform roles granted to people: {@value Caller#ADMIN} and the roles the modules declare. */
@ProviderType
public interface Roles {

    Set<String> of(long personId);

    /** Every role that may be granted now: admin, and those of the installed modules. */
    Set<String> grantable();

    /** Grants a role; {@link InvalidInput} on {@code role} if no installed module declares it. */
    void grant(long personId, String role);

    void revoke(long personId, String role);

    boolean anyoneHas(String role);
}
