package org.fabrique.mail.internal;

import java.util.Locale;

/** How the connection to the SMTP server is protected. */
enum SmtpSecurity {

    /** Clear text, e.g. to a relay on the same host. */
    NONE,
    /** Clear text upgraded by STARTTLS; a server that does not offer it gets nothing. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS;

    static SmtpSecurity of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("security must be none, starttls or tls, not '" + value + "'", e);
        }
    }
}
