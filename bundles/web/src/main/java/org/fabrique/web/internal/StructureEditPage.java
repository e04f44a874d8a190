package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /structures/{id}/modifier}: the {@link StructureChange} form, for an administrator or an
 * active coordinator of the structure, checked in the order of {@code PUT /api/structures/{id}}:
 * login, existence, permission.
 */
final class StructureEditPage {

    static final String TEMPLATE = "templates/web/structure-edit.ftlh";
    static final List<String> FIELDS = List.of("name", "kind", "siren", "rna", "address", "neighbourhood",
            "website", "description");

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Structures structures;
    private final Memberships memberships;
    private final AuditLog audit;
    private final FormValidator validator;
    private final Messages messages;
    private final KindLabels labels;

    StructureEditPage(PageRenderer renderer, Visitors visitors, Structures structures, Memberships memberships,
            AuditLog audit, FormValidator validator, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.structures = structures;
        this.memberships = memberships;
        this.audit = audit;
        this.validator = validator;
        this.messages = messages;
        this.labels = new KindLabels(messages);
    }

    void show(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Structure structure = allowed(request, id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", structure.name());
        form.put("kind", KindLabels.code(structure.kind()));
        form.put("siren", structure.siren());
        form.put("rna", structure.rna());
        form.put("address", structure.address());
        form.put("neighbourhood", structure.neighbourhood());
        form.put("website", structure.website());
        form.put("description", structure.description());
        form.replaceAll((field, value) -> value == null ? "" : value);
        form(request, response, id, form, Map.of(), 200);
    }

    void submit(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        visitors.requireCsrf(request);
        allowed(request, id);
        Language language = visitors.language(request);
        Map<String, String> form = read(request);
        StructureChange change = change(form);
        Map<String, String> errors = new HashMap<>(validator.errors(change, language));
        if (errors.isEmpty()) {
            try {
                Caller caller = MemberSpacePage.caller(visitors, request);
                structures.update(id, change);
                audit.record(caller.personId(), "structure.update", "structure/" + id, null);
                visitors.flash(response, messages.text(language, "structure.edit.saved"));
                Redirects.seeOther(response, "/structures/" + id);
                return;
            } catch (FabriqueException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.put(refused.field() != null && form.containsKey(refused.field()) ? refused.field() : "name",
                        refused.getMessage());
            }
        }
        form(request, response, id, form, errors, 400);
    }

    private Structure allowed(HttpServletRequest request, long id) {
        Caller caller = MemberSpacePage.caller(visitors, request);
        Structure structure = structures.find(id).orElseThrow(() -> new NotFound("structure", id));
        if (!memberships.mayManage(caller, id)) {
            throw new AccessDenied("Only an administrator or a coordinator of this structure may change it.");
        }
        return structure;
    }

    private void form(HttpServletRequest request, HttpServletResponse response, long id, Map<String, String> form,
            Map<String, String> errors, int status) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("form", form);
        model.put("errors", errors);
        model.put("kinds", labels.kindChoices(language));
        renderer.render(request, response, new Page(StructureEditPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "structure.edit.title"), model, status));
    }

    /** The form's fields, trimmed, {@code ""} for a missing one. */
    static Map<String, String> read(HttpServletRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            form.put(field, value == null ? "" : value.trim());
        }
        return form;
    }

    /** The change the form asks for; empty fields are absent values. */
    static StructureChange change(Map<String, String> form) {
        return new StructureChange(form.get("name"), KindLabels.parse(StructureKind.class, form.get("kind")),
                blank(form.get("siren")), blank(form.get("rna")), blank(form.get("address")),
                blank(form.get("neighbourhood")), blank(form.get("website")), blank(form.get("description")));
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
