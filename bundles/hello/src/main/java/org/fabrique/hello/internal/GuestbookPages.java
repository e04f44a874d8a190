package org.fabrique.hello.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /hello}: the guestbook page, in the shared layout; logged-in members write in it. */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/hello/*",
        "osgi.http.whiteboard.servlet.name=fabrique-hello" })
public class GuestbookPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "templates/hello/index.ftlh";

    private final transient PageRenderer pages;
    private final transient Visitors visitors;
    private final transient Guestbook guestbook;

    @Activate
    public GuestbookPages(@Reference PageRenderer pages, @Reference Visitors visitors, @Reference Guestbook guestbook) {
        this.pages = pages;
        this.visitors = visitors;
        this.guestbook = guestbook;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, "", null, 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        visitors.requireCsrf(request);
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to write in the guestbook."));
        String text = request.getParameter("text");
        try {
            guestbook.write(caller.personId(), text);
        } catch (InvalidInput e) {
            boolean english = visitors.language(request) == Language.EN;
            String error = english ? "Write a message of 1 to 500 characters."
                    : "Écrivez un message de 1 à 500 caractères.";
            show(request, response, text, error, 400);
            return;
        }
        visitors.flash(response, visitors.language(request) == Language.EN ? "Thank you, your message is published."
                : "Merci, votre message est publié.");
        response.setStatus(303);
        response.setHeader("Location", "/hello");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String text, String error, int status)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("messages", guestbook.latestForPages(50));
        model.put("text", text == null ? "" : text);
        model.put("error", error == null ? "" : error);
        String title = visitors.language(request) == Language.EN ? "Guestbook" : "Livre d'or";
        pages.render(request, response, new Page(GuestbookPages.class.getClassLoader(), TEMPLATE, title, model, status));
    }
}
