package org.fabrique.web;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.osgi.annotation.versioning.ProviderType;

/** Who is visiting a page, in which language, and the protection of their forms. */
@ProviderType
public interface Visitors {

    /** The logged-in person, from the session cookie; empty for an anonymous visitor or an ended session. */
    Optional<Caller> caller(HttpServletRequest request);

    /**
     * The language of the pages for this visitor: the one chosen with the language switch, else the
     * logged-in person's own, else the browser's preference between French and English, else French.
     */
    Language language(HttpServletRequest request);

    /**
     * The CSRF token to put in the hidden {@code _csrf} field of a form (the {@code <@ui.csrf/>}
     * macro does it). Sets the matching cookie when the visitor has none yet.
     */
    String csrfToken(HttpServletRequest request, HttpServletResponse response);

    /**
     * Checks the {@code _csrf} field of a POST against the visitor's CSRF cookie. Call it first in
     * every handler of a POST.
     *
     * @throws AccessDenied when the field is missing or does not match (the platform answers 403)
     */
    void requireCsrf(HttpServletRequest request);

    /** A short message shown once, on the next page the visitor sees (typically after a redirect). */
    void flash(HttpServletResponse response, String message);
}
