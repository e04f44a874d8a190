package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;
import org.fabrique.core.NotFound;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /admin}: the available modules and their state; installing or removing one goes through
 * a confirmation page whose form does what {@code POST/DELETE /api/admin/modules/{id}} does.
 */
final class AdminModulesPage {

    static final String TEMPLATE = "templates/web/admin-modules.ftlh";
    static final String CONFIRM = "templates/web/confirm.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Modules modules;
    private final AuditLog audit;
    private final Messages messages;

    AdminModulesPage(PageRenderer renderer, Visitors visitors, Modules modules, AuditLog audit, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.modules = modules;
        this.audit = audit;
        this.messages = messages;
    }

    Visitors visitors() {
        return visitors;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminServlet.admin(visitors, request);
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("adminNav", AdminServlet.subNavigation(messages, language, AdminServlet.MODULES));
        model.put("modules", modules.available().stream().map(m -> view(m, language)).toList());
        renderer.render(request, response, new Page(AdminModulesPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "admin.modules.title"), model));
    }

    private Map<String, Object> view(ModuleState module, Language language) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", module.id());
        view.put("feature", module.feature());
        view.put("version", module.version() == null ? "" : module.version());
        view.put("description", module.description() == null ? "" : module.description());
        view.put("installed", module.installed());
        String state = !module.installed() ? "admin.modules.notInstalled"
                : module.started() ? "admin.modules.started" : "admin.modules.installed";
        view.put("state", messages.text(language, state));
        return view;
    }

    void confirm(HttpServletRequest request, HttpServletResponse response, String id, boolean install)
            throws IOException {
        AdminServlet.admin(visitors, request);
        ModuleState module = find(id);
        Language language = visitors.language(request);
        String verb = install ? "install" : "uninstall";
        Map<String, Object> model = new HashMap<>();
        model.put("heading", messages.text(language, "admin.modules." + verb + ".heading", Map.of("id", module.id())));
        model.put("text", messages.text(language, "admin.modules." + verb + ".text"));
        model.put("action", path(id, install));
        model.put("button", messages.text(language, "admin.confirm"));
        model.put("cancel", AdminServlet.MODULES);
        renderer.render(request, response, new Page(AdminModulesPage.class.getClassLoader(), CONFIRM,
                messages.text(language, "admin.modules." + verb + ".title"), model));
    }

    void operate(HttpServletRequest request, HttpServletResponse response, String id, boolean install) {
        visitors.requireCsrf(request);
        Caller admin = AdminServlet.admin(visitors, request);
        find(id);
        Language language = visitors.language(request);
        String verb = install ? "install" : "uninstall";
        try {
            ModuleState state = install ? modules.install(id) : modules.uninstall(id);
            audit.record(admin.personId(), "module." + verb, "module/" + id, state.version());
            visitors.flash(response, messages.text(language, "admin.modules." + verb + ".done", Map.of("id", id)));
        } catch (FabriqueException failed) {
            visitors.flash(response, messages.text(language, "admin.modules." + verb + ".failed",
                    Map.of("id", id, "reason", String.valueOf(failed.getMessage()))));
        }
        Redirects.seeOther(response, AdminServlet.MODULES);
    }

    static String path(String id, boolean install) {
        return "/admin/modules/" + id + (install ? "/installer" : "/desinstaller");
    }

    private ModuleState find(String id) {
        return modules.available().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("module", id));
    }
}
