package org.fabrique.web.internal;

import javax.servlet.http.HttpServletRequest;

/**
 * Paths inside the site. A {@code next} parameter is followed only when it is a path of this
 * site, so that a link to the login page cannot send a visitor elsewhere (open redirect).
 */
final class LocalPath {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2000;

    private LocalPath() {
    }

    /**
     * True for an absolute path of this site: {@code /agenda?semaine=12}. False for anything a
     * browser could take for another site: {@code //evil.example}, {@code /\evil.example},
     * {@code https://...}, {@code javascript:...}, relative paths, control characters.
     */
    static boolean isSafe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/') {
            return false;
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers drop tabs and newlines and read '\' as '/', so "/\t/x" or "/\\x" could become "//x".
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The path if it is safe, else the home page. */
    static String orHome(String next) {
        return isSafe(next) ? next : HOME;
    }

    /** The path of the request inside the site, without the query: {@code /connexion}. */
    static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null) {
            return HOME;
        }
        String path = context != null && !context.isEmpty() && uri.startsWith(context)
                ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? HOME : path;
    }

    /** The path and the query of the request, to come back to it: {@code /agenda?semaine=12}. */
    static String withQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = of(request);
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
