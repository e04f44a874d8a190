package org.fabrique.web.internal;

import javax.servlet.http.HttpServletResponse;

/** After a form: 303 See Other, so that reloading the next page does not post the form again. */
final class Redirects {

    private Redirects() {
    }

    /** Redirects to a path of this site; anything else goes to the home page. */
    static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LocalPath.orHome(path));
        response.setHeader("Cache-Control", "no-store");
    }
}
