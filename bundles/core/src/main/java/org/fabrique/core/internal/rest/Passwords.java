package org.fabrique.core.internal.rest;

import org.fabrique.core.Accounts;
import org.fabrique.core.InvalidInput;

/** Sets a password from a {@link PasswordChange}, naming the request's field when it is refused. */
final class Passwords {

    private Passwords() {
    }

    static void set(Accounts accounts, long personId, PasswordChange change) {
        try {
            accounts.setPassword(personId, change.newPassword());
        } catch (InvalidInput e) {
            throw new InvalidInput("newPassword", e.getMessage());
        }
    }
}
