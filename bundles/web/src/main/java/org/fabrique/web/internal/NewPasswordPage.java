package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.Session;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET/POST /mot-de-passe/nouveau?jeton=...}: the link of the password-reset mail. The form
 * asks the new password twice; the core uses up the token, sets the password, ends the other
 * sessions and opens one, which the visitor gets as their cookie. The token is not used on GET, so
 * that a mail scanner opening the link does not spend it.
 */
final class NewPasswordPage {

    static final String PATH = AccountMails.NEW_PASSWORD_PATH;
    static final String TEMPLATE = "templates/web/new-password.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Accounts accounts;
    private final FormFields fields;
    private final ForgottenPasswordPage forgotten;
    private final Messages messages;

    NewPasswordPage(PageRenderer renderer, Visitors visitors, Accounts accounts, FormFields fields,
            ForgottenPasswordPage forgotten, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.accounts = accounts;
        this.fields = fields;
        this.forgotten = forgotten;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = FormFields.trimmed(request, "jeton");
        if (token.isEmpty() || token.length() > 200) {
            expired(request, response);
            return;
        }
        form(request, response, 200, token, Map.of());
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Language language = visitors.language(request);
        String token = FormFields.trimmed(request, "jeton");
        if (token.isEmpty() || token.length() > 200) {
            expired(request, response);
            return;
        }
        PasswordForm password = new PasswordForm(request.getParameter("password"),
                request.getParameter("passwordConfirmation"));
        Map<String, String> errors = new LinkedHashMap<>();
        fields.checkNewPassword(password, language, errors, () -> { });
        if (!errors.isEmpty()) {
            form(request, response, 400, token, errors);
            return;
        }
        Session session;
        try {
            session = accounts.resetPassword(token, password.password());
        } catch (InvalidInput refused) {
            if ("token".equals(refused.field())) {
                expired(request, response);
            } else {
                form(request, response, 400, token, Map.of("password", fields.passwordErrors().text(refused, language)));
            }
            return;
        }
        SessionCookie.open(request, response, session);
        visitors.flash(response, messages.text(language, "newPassword.done"));
        Redirects.seeOther(response, LocalPath.HOME);
    }

    private void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forgotten.form(request, response, 400, "", Map.of(), "newPassword.expired");
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String token,
            Map<String, String> errors) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("errors", errors);
        renderer.render(request, response, new Page(NewPasswordPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "newPassword.title"), model, status));
    }
}
