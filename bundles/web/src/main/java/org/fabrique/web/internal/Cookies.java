package org.fabrique.web.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;

/** The cookies of the site, with their attributes in one place. */
final class Cookies {

    /** The login token, the same opaque token as the API's {@code Authorization: Bearer}. */
    static final String SESSION = "fabrique_session";
    /** The double-submit CSRF token. */
    static final String CSRF = "fabrique_csrf";
    /** The language chosen with the switch, {@code fr} or {@code en}. */
    static final String LANGUAGE = "lang";
    /** A message for the next page, URL-encoded. */
    static final String FLASH = "fabrique_flash";

    private static final String ROOT = "/";
    private static final Duration LANGUAGE_KEPT = Duration.ofDays(365);
    private static final Duration FLASH_KEPT = Duration.ofMinutes(1);
    private static final int FLASH_MAX_CHARS = 500;

    private Cookies() {
    }

    /** The value of the named cookie of the request, or {@code null}. */
    static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /**
     * True when the visitor reached the site over HTTPS, directly or through the reverse proxy that
     * terminates TLS (the distribution serves plain HTTP behind one).
     */
    static boolean secure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Lax, so that following a link to the site from elsewhere keeps the visitor logged in. */
    static CookieHeader session(String token, Duration lifetime, boolean secure) {
        return new CookieHeader(SESSION, token, ROOT, lifetime.isNegative() ? Duration.ZERO : lifetime, true, secure,
                "Lax");
    }

    /** Strict: never sent by a request that another site starts, which is the point. */
    static CookieHeader csrf(String token, boolean secure) {
        return new CookieHeader(CSRF, token, ROOT, null, true, secure, "Strict");
    }

    static CookieHeader language(Language language, boolean secure) {
        return new CookieHeader(LANGUAGE, language.name().toLowerCase(java.util.Locale.ROOT), ROOT, LANGUAGE_KEPT,
                true, secure, "Lax");
    }

    /** Not marked Secure: it holds nothing private, and {@code flash} is called without the request. */
    static CookieHeader flash(String message) {
        String text = message.length() > FLASH_MAX_CHARS ? message.substring(0, FLASH_MAX_CHARS) : message;
        return new CookieHeader(FLASH, URLEncoder.encode(text, StandardCharsets.UTF_8), ROOT, FLASH_KEPT, true,
                false, "Lax");
    }

    /** The flash message the request carries, or {@code null}. */
    static String flashMessage(HttpServletRequest request) {
        String value = value(request, FLASH);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void add(HttpServletResponse response, CookieHeader cookie) {
        response.addHeader(CookieHeader.SET_COOKIE, cookie.toString());
    }
}
