package org.fabrique.web.internal;

import java.io.IOException;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The whiteboard's error page for exceptions that a module's page servlet lets through: the
 * visitor gets the platform's page in the layout (403 for {@code AccessDenied}, 404 for
 * {@code NotFound}, the login page for {@code AuthenticationRequired}, else 500 with a reference),
 * never the server's stack trace. It is registered for exceptions only, not for status codes, so
 * the API's problem+json answers are untouched.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=java.lang.Throwable",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web-errors" })
public class UncaughtErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ErrorPages errors;

    @Activate
    public UncaughtErrorServlet(@Reference PageRenderer renderer, @Reference Visitors visitors) {
        this.errors = new ErrorPages(renderer, visitors, Messages.load());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable error = thrown instanceof Throwable t ? t
                : new IllegalStateException("Error page reached without an exception");
        errors.handle(new OriginalRequest(request), response, error);
    }
}
