package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.Structures;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /admin/structures}: the structures, and the {@link StructureChange} form that creates one,
 * as {@code POST /api/structures} does (errors next to the fields, audit {@code structure.create}).
 */
final class AdminStructuresPage {

    static final String TEMPLATE = "templates/web/admin-structures.ftlh";
    static final int PAGE_SIZE = 20;

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Structures structures;
    private final AuditLog audit;
    private final FormValidator validator;
    private final Messages messages;
    private final KindLabels labels;

    AdminStructuresPage(PageRenderer renderer, Visitors visitors, Structures structures, AuditLog audit,
            FormValidator validator, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.structures = structures;
        this.audit = audit;
        this.validator = validator;
        this.messages = messages;
        this.labels = new KindLabels(messages);
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminServlet.admin(visitors, request);
        Map<String, String> form = new LinkedHashMap<>();
        StructureEditPage.FIELDS.forEach(field -> form.put(field, ""));
        page(request, response, form, Map.of(), 200);
    }

    void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Caller admin = AdminServlet.admin(visitors, request);
        Language language = visitors.language(request);
        Map<String, String> form = StructureEditPage.read(request);
        StructureChange change = StructureEditPage.change(form);
        Map<String, String> errors = new HashMap<>(validator.errors(change, language));
        if (errors.isEmpty()) {
            try {
                Structure structure = structures.create(change);
                audit.record(admin.personId(), "structure.create", "structure/" + structure.id(), structure.name());
                visitors.flash(response, messages.text(language, "admin.structures.created",
                        Map.of("name", structure.name())));
                Redirects.seeOther(response, AdminServlet.STRUCTURES);
                return;
            } catch (FabriqueException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.put(refused.field() != null && form.containsKey(refused.field()) ? refused.field() : "name",
                        refused.getMessage());
            }
        }
        page(request, response, form, errors, 400);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Map<String, String> form,
            Map<String, String> errors, int status) throws IOException {
        Language language = visitors.language(request);
        String query = AdminPeoplePage.query(request);
        int index = request.getParameter("page") == null ? 0 : Paging.index(request.getParameter("page"));
        Page<Structure> page = structures.list(new PageRequest(index, PAGE_SIZE, query), null);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        Map<String, Object> model = new HashMap<>();
        model.put("adminNav", AdminServlet.subNavigation(messages, language, AdminServlet.STRUCTURES));
        model.put("filters", filters);
        model.put("total", page.total());
        Paging paging = Paging.of(page, AdminServlet.STRUCTURES, filters);
        model.put("pageNumber", paging.number());
        model.put("pageCount", paging.count());
        model.put("previous", paging.previous());
        model.put("next", paging.next());
        model.put("structures", page.items().stream().map(s -> Map.of("id", s.id(), "name", s.name(),
                "kind", labels.kind(s.kind(), language))).toList());
        model.put("form", form);
        model.put("errors", errors);
        model.put("kinds", labels.kindChoices(language));
        renderer.render(request, response, new org.fabrique.web.Page(AdminStructuresPage.class.getClassLoader(),
                TEMPLATE, messages.text(language, "admin.structures.title"), model, status));
    }
}
