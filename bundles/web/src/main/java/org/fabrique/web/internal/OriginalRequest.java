package org.fabrique.web.internal;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * During an error dispatch, the request as the visitor sent it: its URI is the page that failed,
 * not the error page, so that the navigation and the login's {@code next} point back to it.
 */
final class OriginalRequest extends HttpServletRequestWrapper {

    OriginalRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getRequestURI() {
        Object original = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : super.getRequestURI();
    }
}
