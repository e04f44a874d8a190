package org.fabrique.web.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.Conflict;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.Language;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET/POST /inscription}: a person signs up with name, address, password and the consent to
 * keep their data; they get a confirmation link by mail and may log in once they followed it. The
 * fields follow the API's rules: {@link PersonChange}'s constraints and the core's password policy.
 */
final class SignupPage {

    static final String PATH = "/inscription";
    static final String TEMPLATE = "templates/web/signup.ftlh";
    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(48);
    static final String CONSENT_PURPOSE = "account";
    static final String CONSENT_SCOPE = "core";
    static final String CONSENT_SOURCE = "inscription";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final People people;
    private final Accounts accounts;
    private final Consents consents;
    private final AccountMails mails;
    private final FormFields fields;
    private final Messages messages;

    SignupPage(PageRenderer renderer, Visitors visitors, People people, Accounts accounts, Consents consents,
            AccountMails mails, FormFields fields, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.people = people;
        this.accounts = accounts;
        this.consents = consents;
        this.mails = mails;
        this.fields = fields;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (visitors.caller(request).isPresent()) {
            Redirects.seeOther(response, LocalPath.HOME);
            return;
        }
        form(request, response, 200, Map.of("name", "", "email", ""), Map.of());
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Language language = visitors.language(request);
        String name = FormFields.trimmed(request, "name");
        String email = FormFields.trimmed(request, "email");
        PersonChange change = new PersonChange(name, email, null, language);
        PasswordForm password = new PasswordForm(request.getParameter("password"),
                request.getParameter("passwordConfirmation"));
        Map<String, String> errors = new LinkedHashMap<>(fields.validator().errors(change, language));
        fields.checkNewPassword(password, language, errors, () -> accounts.checkPassword(password.password(), email));
        if (!"yes".equals(request.getParameter("consent"))) {
            errors.put("consent", messages.text(language, "signup.consentRequired"));
        }
        if (!errors.containsKey("email") && people.findByEmail(email).isPresent()) {
            errors.put("email", messages.text(language, "signup.emailTaken"));
        }
        Map<String, String> values = Map.of("name", name, "email", email);
        if (!errors.isEmpty()) {
            form(request, response, 400, values, errors);
            return;
        }
        Person person;
        try {
            person = people.create(change);
        } catch (Conflict taken) {
            // Someone signed up with the same address a moment ago.
            form(request, response, 400, values, Map.of("email", messages.text(language, "signup.emailTaken")));
            return;
        }
        accounts.setPassword(person.id(), password.password());
        accounts.requireConfirmation(person.id());
        consents.record(person.id(), new ConsentChange(CONSENT_PURPOSE, CONSENT_SCOPE, true), CONSENT_SOURCE);
        String token = accounts.issueOneTimeToken(person.id(), OneTimePurpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME);
        mails.sendConfirmation(person, token, language);
        Notice.show(renderer, request, response, messages, language, "signup.sent", Map.of("email", person.email()));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status,
            Map<String, String> values, Map<String, String> errors) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        renderer.render(request, response, new Page(SignupPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "signup.title"), model, status));
    }
}
