package org.fabrique.web.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * One {@code Set-Cookie} header. The Servlet 4.0 {@code Cookie} class cannot say {@code SameSite},
 * so the platform writes its cookies as headers.
 *
 * @param maxAge how long the browser keeps it; {@code null} for a cookie that ends with the
 *               browser session, {@link Duration#ZERO} to delete it
 * @param sameSite {@code Strict}, {@code Lax} or {@code None}
 */
record CookieHeader(String name, String value, String path, Duration maxAge, boolean httpOnly, boolean secure,
        String sameSite) {

    static final String SET_COOKIE = "Set-Cookie";

    CookieHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        value = value == null ? "" : value;
        if (!isToken(name) || !isCookieValue(value)) {
            throw new IllegalArgumentException("Not a valid cookie: " + name);
        }
        if (!sameSite.equals("Strict") && !sameSite.equals("Lax") && !sameSite.equals("None")) {
            throw new IllegalArgumentException("SameSite must be Strict, Lax or None: " + sameSite);
        }
    }

    /** The same cookie, emptied, for the browser to delete it (same name, path and flags). */
    CookieHeader deleted() {
        return new CookieHeader(name, "", path, Duration.ZERO, httpOnly, secure, sameSite);
    }

    @Override
    public String toString() {
        StringBuilder header = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        if (maxAge != null) {
            header.append("; Max-Age=").append(Math.max(0, maxAge.getSeconds()));
        }
        if (secure) {
            header.append("; Secure");
        }
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        return header.append("; SameSite=").append(sameSite).toString();
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 6265 cookie-octets: no spaces, quotes, commas, semicolons or backslashes. */
    private static boolean isCookieValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
