package org.fabrique.newsletter.internal.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.newsletter.internal.NewPromotion;
import org.fabrique.newsletter.internal.NewsletterModule;
import org.fabrique.newsletter.internal.Promotions;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /lettres/proposer}: a structure's member proposes its news for the monthly letter. */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/lettres/proposer/*",
        "osgi.http.whiteboard.servlet.name=fabrique-newsletter-promotions" })
public class PromotionPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "templates/newsletter/propose.ftlh";
    private static final Map<String, String> FRENCH = Map.of(
            "structureId", "Choisissez votre structure.",
            "title", "Un titre de 1 à 200 caractères.",
            "summary", "Au plus 1000 caractères.",
            "link", "Un lien qui commence par https:// ou par /.");

    private final transient PageRenderer pages;
    private final transient Visitors visitors;
    private final transient Memberships memberships;
    private final transient Promotions promotions;

    @Activate
    public PromotionPages(@Reference PageRenderer pages, @Reference Visitors visitors,
            @Reference Memberships memberships, @Reference Promotions promotions) {
        this.pages = pages;
        this.visitors = visitors;
        this.memberships = memberships;
        this.promotions = promotions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, caller(request), Map.of("structureId", "", "title", "", "summary", "", "link", ""),
                Map.of(), 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        visitors.requireCsrf(request);
        Caller caller = caller(request);
        Map<String, String> form = new HashMap<>();
        for (String field : List.of("structureId", "title", "summary", "link")) {
            String value = request.getParameter(field);
            form.put(field, value == null ? "" : value);
        }
        Long structure;
        try {
            structure = Long.valueOf(form.get("structureId"));
        } catch (NumberFormatException e) {
            structure = null;
        }
        boolean en = visitors.language(request) == Language.EN;
        try {
            promotions.submit(caller, new NewPromotion(structure, form.get("title"),
                    form.get("summary").isBlank() ? null : form.get("summary"), form.get("link")),
                    caller.hasRole(NewsletterModule.EDITOR));
        } catch (InvalidInput e) {
            show(request, response, caller, form, Map.of(e.field(), en ? e.getMessage()
                    : FRENCH.getOrDefault(e.field(), e.getMessage())), 400);
            return;
        }
        visitors.flash(response, en ? "Thank you: the editors will see your news."
                : "Merci : l'équipe de rédaction verra votre nouvelle.");
        response.setStatus(303);
        response.setHeader("Location", "/lettres/proposer");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Caller caller, Map<String, String> form,
            Map<String, String> errors, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("structures", memberships.ofPerson(caller.personId()).stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .map(m -> Map.of("value", String.valueOf(m.structureId()), "label", m.structureName())).toList());
        String title = visitors.language(request) == Language.EN ? "Propose news" : "Proposer une nouvelle";
        pages.render(request, response, new Page(PromotionPages.class.getClassLoader(), TEMPLATE, title, model, status));
    }

    private Caller caller(HttpServletRequest request) {
        return visitors.caller(request).orElseThrow(() -> new AuthenticationRequired("Log in to propose news."));
    }
}
