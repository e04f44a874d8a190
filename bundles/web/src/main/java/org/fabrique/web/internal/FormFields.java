package org.fabrique.web.internal;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;

/** What the account forms share: reading fields, and checking a new password typed twice. */
final class FormFields {

    private final FormValidator validator;
    private final PasswordErrors passwordErrors;
    private final Messages messages;

    FormFields(FormValidator validator, Messages messages) {
        this.validator = validator;
        this.passwordErrors = new PasswordErrors(messages);
        this.messages = messages;
    }

    static String trimmed(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    /**
     * Adds to {@code errors} what is wrong with the new password ({@code password} and
     * {@code passwordConfirmation} fields): empty, too long, not the same twice, or refused by the
     * core's policy through {@code policy}.
     */
    void checkNewPassword(PasswordForm form, Language language, Map<String, String> errors, Runnable policy) {
        Map<String, String> found = validator.errors(form, language);
        if (!found.containsKey("password")) {
            try {
                policy.run();
            } catch (InvalidInput refused) {
                found.put("password", passwordErrors.text(refused, language));
            }
        }
        if (!found.containsKey("passwordConfirmation") && !form.confirmed()) {
            found.put("passwordConfirmation", messages.text(language, "password.mismatch"));
        }
        found.forEach(errors::putIfAbsent);
    }

    PasswordErrors passwordErrors() {
        return passwordErrors;
    }

    FormValidator validator() {
        return validator;
    }
}
