package org.fabrique.web.internal;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Accounts;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Visitors known by their cookies. Nothing is kept between requests in memory: the session is the
 * core's token (checked in the database by {@link Accounts#authenticate}), so every node of a
 * cluster agrees on who is logged in. Within one request the answers are kept as request attributes.
 */
@Component(service = Visitors.class)
public class WebVisitors implements Visitors {

    static final String CSRF_FIELD = "_csrf";
    private static final String CALLER_ATTRIBUTE = WebVisitors.class.getName() + ".caller";
    private static final String CSRF_ATTRIBUTE = WebVisitors.class.getName() + ".csrf";
    private static final int MAX_TOKEN_LENGTH = 200;

    private final Accounts accounts;

    @Activate
    public WebVisitors(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Caller> caller(HttpServletRequest request) {
        Object known = request.getAttribute(CALLER_ATTRIBUTE);
        if (known instanceof Optional<?> optional) {
            return optional.map(Caller.class::cast);
        }
        String token = sessionToken(request);
        Optional<Caller> caller = token == null ? Optional.empty() : accounts.authenticate(token);
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return caller;
    }

    /** The session token of the request, if it carries a plausible one. */
    static String sessionToken(HttpServletRequest request) {
        String token = Cookies.value(request, Cookies.SESSION);
        return token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? null : token;
    }

    @Override
    public Language language(HttpServletRequest request) {
        return LanguageChoice.choose(Cookies.value(request, Cookies.LANGUAGE),
                () -> caller(request).map(Caller::language), request.getHeader("Accept-Language"));
    }

    @Override
    public String csrfToken(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(CSRF_ATTRIBUTE);
        if (known instanceof String token) {
            return token;
        }
        String token = Cookies.value(request, Cookies.CSRF);
        if (!CsrfTokens.wellFormed(token)) {
            token = CsrfTokens.create();
            Cookies.add(response, Cookies.csrf(token, Cookies.secure(request)));
        }
        request.setAttribute(CSRF_ATTRIBUTE, token);
        return token;
    }

    /** Forgets the request's CSRF token, so that the next page gets a fresh one (after login). */
    static void renewCsrf(HttpServletRequest request, HttpServletResponse response) {
        request.removeAttribute(CSRF_ATTRIBUTE);
        Cookies.add(response, Cookies.csrf("", Cookies.secure(request)).deleted());
    }

    @Override
    public void requireCsrf(HttpServletRequest request) {
        String sent;
        try {
            sent = request.getParameter(CSRF_FIELD);
        } catch (RuntimeException unreadable) {
            // The container could not read the form (larger than it accepts, malformed): the visitor's error, a 400.
            throw new InvalidInput("form", "The form could not be read: it is too large or malformed.");
        }
        if (!CsrfTokens.matches(Cookies.value(request, Cookies.CSRF), sent)) {
            throw new AccessDenied("The form's CSRF token is missing or does not match; reload the page and try again.");
        }
    }

    @Override
    public void flash(HttpServletResponse response, String message) {
        if (message != null && !message.isBlank()) {
            Cookies.add(response, Cookies.flash(message));
        }
    }
}
