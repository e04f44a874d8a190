package org.fabrique.web.internal;

import java.time.Duration;
import java.time.Instant;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Session;

/** Keeps a new core session in the {@code fabrique_session} cookie, with a fresh CSRF token for the next page. */
final class SessionCookie {

    private SessionCookie() {
    }

    static void open(HttpServletRequest request, HttpServletResponse response, Session session) {
        Duration lifetime = Duration.between(Instant.now(), session.expiresAt());
        Cookies.add(response, Cookies.session(session.token(), lifetime, Cookies.secure(request)));
        WebVisitors.renewCsrf(request, response);
    }
}
