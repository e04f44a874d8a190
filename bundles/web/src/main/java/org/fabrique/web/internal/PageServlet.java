package org.fabrique.web.internal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What every page servlet of the site shares: forms are read as UTF-8, routes see the path
 * relative to the site, a form the container cannot read (too large, malformed) is the 400 page, and a
 * refusal or a bug of any page becomes the site's error page.
 */
abstract class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The error pages of this servlet. */
    abstract ErrorPages errors();

    abstract void get(String path, HttpServletRequest request, HttpServletResponse response) throws IOException;

    abstract void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            get(LocalPath.of(request), request, response);
        } catch (RuntimeException e) {
            errors().handle(request, response, e);
        }
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            // Parse the form now: one too large or malformed (the container throws) is the visitor's error.
            request.getParameterMap();
        } catch (RuntimeException e) {
            errors().badRequest(request, response);
            return;
        }
        try {
            post(LocalPath.of(request), request, response);
        } catch (RuntimeException e) {
            errors().handle(request, response, e);
        }
    }
}
