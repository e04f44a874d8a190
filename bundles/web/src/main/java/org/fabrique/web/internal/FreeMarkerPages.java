package org.fabrique.web.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;

/**
 * Renders a page, then the layout around it, both to memory first: a failing template answers the
 * error page, never half a page.
 */
@Component(service = PageRenderer.class)
public class FreeMarkerPages implements PageRenderer {

    private final Visitors visitors;
    private final InstalledModules modules;
    private final Templates templates;
    private final Navigation navigation;

    @Activate
    public FreeMarkerPages(@Reference Visitors visitors, @Reference InstalledModules modules) {
        this(visitors, modules, Messages.load());
    }

    FreeMarkerPages(Visitors visitors, InstalledModules modules, Messages messages) {
        this.visitors = visitors;
        this.modules = modules;
        this.templates = new Templates(messages);
        this.navigation = new Navigation(messages);
    }

    @Override
    public void render(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        Language language = visitors.language(request);
        Optional<Caller> caller = visitors.caller(request);
        String current = LocalPath.withQuery(request);
        String flash = Cookies.flashMessage(request);

        Map<String, Object> model = new HashMap<>(page.model());
        model.put("title", page.title());
        model.put("caller", caller.map(FreeMarkerPages::describe).orElse(null));
        model.put("nav", navigation.entries(language, caller, modules.byName(language), current));
        model.put("csrf", visitors.csrfToken(request, response));
        model.put("flash", flash);
        model.put("path", current);
        String content = templates.render(page.loader(), page.template(), language, model);
        model.put("content", markup(content));
        String html = templates.render(page.loader(), Templates.LAYOUT, language, model);

        if (flash != null) {
            Cookies.add(response, Cookies.flash("").deleted());
        }
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", Templates.code(language));
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
        SecurityHeaders.apply(response);
        PrintWriter writer = response.getWriter();
        writer.write(html);
        writer.flush();
    }

    @Override
    public String fragment(Page page, Language language) {
        return templates.render(page.loader(), page.template(), language, page.model());
    }

    /**
     * What templates may know of the caller. A map rather than the record: {@code Caller.getName()}
     * is the e-mail address (it is a {@code Principal}), which {@code caller.name} would show.
     */
    private static Map<String, Object> describe(Caller caller) {
        return Map.of("personId", caller.personId(), "name", caller.name() == null ? "" : caller.name(),
                "email", caller.email(), "admin", caller.isAdmin());
    }

    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
