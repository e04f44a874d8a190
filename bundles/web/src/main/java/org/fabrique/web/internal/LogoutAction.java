package org.fabrique.web.internal;

import java.time.Duration;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.web.Visitors;

/** {@code POST /deconnexion}: ends the core session of the cookie's token, deletes the cookie, goes home. */
final class LogoutAction {

    private final Visitors visitors;
    private final Accounts accounts;
    private final Messages messages;

    LogoutAction(Visitors visitors, Accounts accounts, Messages messages) {
        this.visitors = visitors;
        this.accounts = accounts;
        this.messages = messages;
    }

    void submit(HttpServletRequest request, HttpServletResponse response) {
        visitors.requireCsrf(request);
        String message = messages.text(visitors.language(request), "logout.done");
        String token = WebVisitors.sessionToken(request);
        if (token != null) {
            accounts.logout(token);
        }
        Cookies.add(response, Cookies.session("", Duration.ZERO, Cookies.secure(request)).deleted());
        visitors.flash(response, message);
        Redirects.seeOther(response, LocalPath.HOME);
    }
}
