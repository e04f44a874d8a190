package org.fabrique.web.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error pages, in the layout: what went wrong in words, never a stack trace. An unexpected
 * error is logged with a reference that the page shows, so that a person can report it.
 */
final class ErrorPages {

    static final String TEMPLATE = "templates/web/error.ftlh";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Messages messages;

    ErrorPages(PageRenderer renderer, Visitors visitors, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.messages = messages;
    }

    /** Answers an exception a page let through, after its kind. */
    void handle(HttpServletRequest request, HttpServletResponse response, Throwable thrown) throws IOException {
        Throwable cause = thrown instanceof ServletException servlet && servlet.getRootCause() != null
                ? servlet.getRootCause() : thrown;
        if (response.isCommitted()) {
            LOG.error("Error after the answer to {} had started; it is cut short", LocalPath.of(request), cause);
            return;
        }
        if (cause instanceof AuthenticationRequired) {
            String next = LocalPath.withQuery(request);
            response.resetBuffer();
            Redirects.seeOther(response, Navigation.LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else if (cause instanceof AccessDenied) {
            show(request, response, 403, 403, null);
        } else if (cause instanceof NotFound) {
            show(request, response, 404, 404, null);
        } else if (cause instanceof FabriqueException refusal && refusal.status() >= 400 && refusal.status() < 500) {
            show(request, response, refusal.status(), 400, null);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected error on {}, reference {}", LocalPath.of(request), reference, cause);
            show(request, response, 500, 500, reference);
        }
    }

    /** A request the visitor's browser got wrong, e.g. a form larger than the container accepts. */
    void badRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, 400, 400, null);
    }

    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, 404, 404, null);
    }

    void methodNotAllowed(HttpServletRequest request, HttpServletResponse response, String allowed)
            throws IOException {
        response.setHeader("Allow", allowed);
        show(request, response, 405, 405, null);
    }

    /** @param kind which texts to show: 400, 403, 404, 405 or 500 */
    private void show(HttpServletRequest request, HttpServletResponse response, int status, int kind,
            String reference) throws IOException {
        response.resetBuffer();
        Language language = Language.FR;
        try {
            language = visitors.language(request);
            Map<String, Object> model = new HashMap<>();
            model.put("kind", String.valueOf(kind));
            model.put("reference", reference);
            String title = messages.text(language, "error." + kind + ".title");
            renderer.render(request, response, new Page(ErrorPages.class.getClassLoader(), TEMPLATE, title, model,
                    status));
        } catch (RuntimeException e) {
            // The layout itself failed (the database may be down): a bare page, still in words.
            LOG.error("The error page {} could not be rendered (reference {})", status, reference, e);
            bare(response, status, kind, language, reference);
        }
    }

    private void bare(HttpServletResponse response, int status, int kind, Language language, String reference)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        SecurityHeaders.apply(response);
        String title = Html.escape(messages.text(language, "error." + kind + ".title"));
        String text = Html.escape(messages.text(language, "error." + kind + ".text"));
        String lang = Templates.code(language);
        PrintWriter writer = response.getWriter();
        writer.write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p>"
                + (reference == null ? "" : "<p>" + Html.escape(messages.text(language, "error.reference"))
                        + " <code>" + Html.escape(reference) + "</code></p>")
                + "</main></body></html>");
        writer.flush();
    }
}
