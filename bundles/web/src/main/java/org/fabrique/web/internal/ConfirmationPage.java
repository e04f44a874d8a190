package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET /confirmation?jeton=...}: the link of the sign-up mail confirms the address. An
 * expired or used link offers a new one: {@code GET/POST /confirmation/renvoyer}, which always
 * answers the same, whether the address is known or not.
 */
final class ConfirmationPage {

    static final String PATH = AccountMails.CONFIRMATION_PATH;
    static final String RESEND_PATH = PATH + "/renvoyer";
    static final String RESEND_TEMPLATE = "templates/web/resend.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final People people;
    private final Accounts accounts;
    private final AccountMails mails;
    private final FormValidator validator;
    private final Messages messages;

    ConfirmationPage(PageRenderer renderer, Visitors visitors, People people, Accounts accounts, AccountMails mails,
            FormValidator validator, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.people = people;
        this.accounts = accounts;
        this.mails = mails;
        this.validator = validator;
        this.messages = messages;
    }

    void confirm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = visitors.language(request);
        String token = FormFields.trimmed(request, "jeton");
        try {
            if (token.isEmpty() || token.length() > 200) {
                throw new InvalidInput("token", "missing");
            }
            accounts.redeemOneTimeToken(token, OneTimePurpose.CONFIRM_EMAIL);
        } catch (InvalidInput expired) {
            resendForm(request, response, 400, "", Map.of(), "confirmation.expired");
            return;
        }
        Notice.show(renderer, request, response, messages, language, "confirmation.done", Map.of());
    }

    void showResend(HttpServletRequest request, HttpServletResponse response) throws IOException {
        resendForm(request, response, 200, "", Map.of(), null);
    }

    void resend(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Language language = visitors.language(request);
        String email = FormFields.trimmed(request, "email");
        Map<String, String> errors = validator.errors(new EmailForm(email), language);
        if (!errors.isEmpty()) {
            resendForm(request, response, 400, email, errors, null);
            return;
        }
        Optional<Person> person = people.findByEmail(email);
        // Only to people still waiting for a confirmation; the answer is the same for everyone.
        if (person.isPresent() && accounts.hasPassword(person.get().id())
                && !accounts.isEmailConfirmed(person.get().id())) {
            String token = accounts.issueOneTimeToken(person.get().id(), OneTimePurpose.CONFIRM_EMAIL,
                    SignupPage.CONFIRMATION_LIFETIME);
            mails.sendConfirmation(person.get(), token, language);
        }
        Notice.show(renderer, request, response, messages, language, "resend.sent", Map.of());
    }

    private void resendForm(HttpServletRequest request, HttpServletResponse response, int status, String email,
            Map<String, String> errors, String explanation) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("email", email));
        model.put("errors", errors);
        model.put("explanation", explanation == null ? null : messages.text(language, explanation));
        String title = messages.text(language, explanation == null ? "resend.title" : "confirmation.expired.title");
        renderer.render(request, response, new Page(ConfirmationPage.class.getClassLoader(), RESEND_TEMPLATE,
                title, model, status));
    }
}
