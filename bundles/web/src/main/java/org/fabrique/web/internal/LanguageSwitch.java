package org.fabrique.web.internal;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;

/**
 * {@code GET /lang?to=en&next=/agenda}: keeps the choice in the {@code lang} cookie and goes back
 * to the page. A link rather than a form, so it works everywhere without JavaScript; it changes
 * nothing but the visitor's own preference, so it needs no CSRF token.
 */
final class LanguageSwitch {

    void apply(HttpServletRequest request, HttpServletResponse response) {
        Language language = LanguageChoice.fromCode(request.getParameter("to")).orElse(Language.FR);
        Cookies.add(response, Cookies.language(language, Cookies.secure(request)));
        Redirects.seeOther(response, request.getParameter("next"));
    }
}
