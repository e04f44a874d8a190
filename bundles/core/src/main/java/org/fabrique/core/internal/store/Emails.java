package org.fabrique.core.internal.store;

import java.util.Locale;

/** E-mail addresses are compared, and so stored, trimmed and in lower case. */
final class Emails {

    private Emails() {
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
