package org.fabrique.web.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.Language;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET/POST /mot-de-passe-oublie}: an address, and a link to choose a new password goes to it
 * if it is a person's. The answer is the same whether it is or not, so the page tells nobody who
 * has an account.
 */
final class ForgottenPasswordPage {

    static final String PATH = "/mot-de-passe-oublie";
    static final String TEMPLATE = "templates/web/forgotten-password.ftlh";
    static final Duration RESET_LIFETIME = Duration.ofHours(2);

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final People people;
    private final Accounts accounts;
    private final AccountMails mails;
    private final FormValidator validator;
    private final Messages messages;

    ForgottenPasswordPage(PageRenderer renderer, Visitors visitors, People people, Accounts accounts,
            AccountMails mails, FormValidator validator, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.people = people;
        this.accounts = accounts;
        this.mails = mails;
        this.validator = validator;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, 200, "", Map.of(), null);
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Language language = visitors.language(request);
        String email = FormFields.trimmed(request, "email");
        Map<String, String> errors = validator.errors(new EmailForm(email), language);
        if (!errors.isEmpty()) {
            form(request, response, 400, email, errors, null);
            return;
        }
        Optional<Person> person = people.findByEmail(email);
        if (person.isPresent()) {
            String token = accounts.issueOneTimeToken(person.get().id(), OneTimePurpose.RESET_PASSWORD, RESET_LIFETIME);
            mails.sendReset(person.get(), token, language);
        }
        Notice.show(renderer, request, response, messages, language, "forgotten.sent", Map.of());
    }

    /** The form, with an explanation above it when the visitor comes from an expired link. */
    void form(HttpServletRequest request, HttpServletResponse response, int status, String email,
            Map<String, String> errors, String explanation) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("email", email));
        model.put("errors", errors);
        model.put("explanation", explanation == null ? null : messages.text(language, explanation));
        renderer.render(request, response, new Page(ForgottenPasswordPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "forgotten.title"), model, status));
    }
}
