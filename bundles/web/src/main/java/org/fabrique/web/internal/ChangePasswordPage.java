package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET/POST /mot-de-passe}: a logged-in person changes their password, giving the current one.
 * As {@code PUT /api/me/password}: every session ends, then a fresh one opens for this browser.
 */
final class ChangePasswordPage {

    static final String PATH = "/mot-de-passe";
    static final String TEMPLATE = "templates/web/change-password.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Accounts accounts;
    private final FormFields fields;
    private final Messages messages;

    ChangePasswordPage(PageRenderer renderer, Visitors visitors, Accounts accounts, FormFields fields,
            Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.accounts = accounts;
        this.fields = fields;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        caller(request);
        form(request, response, 200, Map.of());
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Caller caller = caller(request);
        Language language = visitors.language(request);
        String current = request.getParameter("currentPassword");
        PasswordForm password = new PasswordForm(request.getParameter("password"),
                request.getParameter("passwordConfirmation"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty() || current.length() > 200
                || !accounts.verifyPassword(caller.personId(), current)) {
            errors.put("currentPassword", messages.text(language, "changePassword.wrongCurrent"));
        }
        fields.checkNewPassword(password, language, errors,
                () -> accounts.checkPassword(password.password(), caller.email()));
        if (!errors.isEmpty()) {
            form(request, response, 400, errors);
            return;
        }
        accounts.setPassword(caller.personId(), password.password());
        accounts.logoutEverywhere(caller.personId());
        SessionCookie.open(request, response, accounts.login(caller.email(), password.password()));
        visitors.flash(response, messages.text(language, "changePassword.done"));
        Redirects.seeOther(response, LocalPath.HOME);
    }

    private Caller caller(HttpServletRequest request) {
        return visitors.caller(request).orElseThrow(() -> new AuthenticationRequired("Log in first."));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status,
            Map<String, String> errors) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        renderer.render(request, response, new Page(ChangePasswordPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "changePassword.title"), model, status));
    }
}
