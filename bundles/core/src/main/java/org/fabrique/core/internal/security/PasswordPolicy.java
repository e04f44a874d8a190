package org.fabrique.core.internal.security;

import java.util.Locale;

import org.fabrique.core.InvalidInput;

/** What a password must be: long enough, not absurdly long, not the e-mail address. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank() || (email != null && password.toLowerCase(Locale.ROOT).contains(
                email.toLowerCase(Locale.ROOT).split("@")[0]) && email.split("@")[0].length() >= 4)) {
            throw new InvalidInput(field, "must not contain your e-mail address");
        }
    }
}
