package org.fabrique.web.internal;

import java.util.Map;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;

/**
 * The core's password policy in the visitor's words. The core refuses a password with an English
 * {@link InvalidInput}; the rule stays the core's, only its wording is the page's.
 */
final class PasswordErrors {

    private final Messages messages;

    PasswordErrors(Messages messages) {
        this.messages = messages;
    }

    String text(InvalidInput refusal, Language language) {
        String detail = refusal.getMessage() == null ? "" : refusal.getMessage();
        String number = detail.replaceAll("\\D+", "");
        if (detail.contains("at least")) {
            return messages.text(language, "password.tooShort", Map.of("min", number));
        }
        if (detail.contains("at most")) {
            return messages.text(language, "password.tooLong", Map.of("max", number));
        }
        if (detail.contains("e-mail")) {
            return messages.text(language, "password.containsEmail");
        }
        return detail;
    }
}
