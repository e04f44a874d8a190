package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.EmailNotConfirmed;
import org.fabrique.core.Language;
import org.fabrique.core.Session;
import org.fabrique.core.TooManyAttempts;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET /connexion} shows the login form; {@code POST /connexion} checks it, opens a session
 * with the core and keeps its token in the {@code fabrique_session} cookie, then goes back to the
 * page the visitor came from ({@code next}, a path of this site) or home.
 */
final class LoginPage {

    static final String TEMPLATE = "templates/web/login.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Accounts accounts;
    private final FormValidator validator;
    private final Messages messages;

    LoginPage(PageRenderer renderer, Visitors visitors, Accounts accounts, FormValidator validator,
            Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.accounts = accounts;
        this.validator = validator;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LocalPath.orHome(request.getParameter("next"));
        if (visitors.caller(request).isPresent()) {
            Redirects.seeOther(response, next);
            return;
        }
        form(request, response, 200, "", Map.of(), null, next, false);
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Language language = visitors.language(request);
        String email = trimmed(request.getParameter("email"));
        String password = request.getParameter("password");
        String next = LocalPath.orHome(request.getParameter("next"));

        Map<String, String> errors = validator.errors(new LoginForm(email, password), language);
        if (!errors.isEmpty()) {
            form(request, response, 400, email, errors, null, next, false);
            return;
        }
        Session session;
        try {
            session = accounts.login(email, password);
        } catch (EmailNotConfirmed unconfirmed) {
            form(request, response, 400, email, Map.of(), messages.text(language, "login.unconfirmed"), next, true);
            return;
        } catch (AuthenticationRequired wrong) {
            form(request, response, 400, email, Map.of(), messages.text(language, "login.wrong"), next, false);
            return;
        } catch (TooManyAttempts locked) {
            long minutes = Math.max(1, locked.retryAfter().toMinutes());
            response.setHeader("Retry-After", String.valueOf(Math.max(1, locked.retryAfter().getSeconds())));
            form(request, response, 429, email, Map.of(),
                    messages.text(language, "login.tooMany", Map.of("minutes", minutes)), next, false);
            return;
        }
        SessionCookie.open(request, response, session);
        visitors.flash(response, messages.text(language, "login.done"));
        Redirects.seeOther(response, next);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String email,
            Map<String, String> errors, String formError, String next, boolean unconfirmed) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("email", email == null ? "" : email));
        model.put("errors", errors);
        model.put("formError", formError);
        model.put("next", next);
        model.put("unconfirmed", unconfirmed);
        renderer.render(request, response, new Page(LoginPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "login.title"), model, status));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
