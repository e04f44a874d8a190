package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.Roles;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /admin/personnes?q=...&page=...}: people and their roles; a role is granted or revoked by
 * a form, as {@code POST /api/people/{id}/roles} and {@code DELETE .../roles/{role}} do it, with the
 * same rule: an administrator cannot remove their own administrator role.
 */
final class AdminPeoplePage {

    static final String TEMPLATE = "templates/web/admin-people.ftlh";
    static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 200;

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final People people;
    private final Roles roles;
    private final AuditLog audit;
    private final Messages messages;

    AdminPeoplePage(PageRenderer renderer, Visitors visitors, People people, Roles roles, AuditLog audit,
            Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.people = people;
        this.roles = roles;
        this.audit = audit;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller admin = AdminServlet.admin(visitors, request);
        Language language = visitors.language(request);
        String query = query(request);
        int index = request.getParameter("page") == null ? 0 : Paging.index(request.getParameter("page"));
        Page<Person> page = people.list(new PageRequest(index, PAGE_SIZE, query));
        List<Map<String, String>> grantable = new TreeSet<>(roles.grantable()).stream()
                .map(role -> Map.of("value", role, "label", role)).toList();

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        Map<String, Object> model = new HashMap<>();
        model.put("adminNav", AdminServlet.subNavigation(messages, language, AdminServlet.PEOPLE));
        model.put("filters", filters);
        model.put("total", page.total());
        Paging paging = Paging.of(page, AdminServlet.PEOPLE, filters);
        model.put("pageNumber", paging.number());
        model.put("pageCount", paging.count());
        model.put("previous", paging.previous());
        model.put("next", paging.next());
        model.put("grantable", grantable);
        model.put("people", page.items().stream().map(p -> view(p, admin)).toList());
        renderer.render(request, response, new org.fabrique.web.Page(AdminPeoplePage.class.getClassLoader(),
                TEMPLATE, messages.text(language, "admin.people.title"), model));
    }

    private Map<String, Object> view(Person person, Caller admin) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", person.id());
        view.put("name", person.name() == null ? "" : person.name());
        view.put("email", person.email());
        view.put("roles", new TreeSet<>(roles.of(person.id())).stream()
                .map(role -> Map.of("name", role, "revocable", revocable(admin, person.id(), role))).toList());
        return view;
    }

    /** The rule of {@code PeopleResource.revoke}: not one's own administrator role. */
    static boolean revocable(Caller admin, long personId, String role) {
        return !(Caller.ADMIN.equals(role) && personId == admin.personId());
    }

    void grant(HttpServletRequest request, HttpServletResponse response, long personId) {
        visitors.requireCsrf(request);
        Caller admin = AdminServlet.admin(visitors, request);
        Person person = person(personId);
        Language language = visitors.language(request);
        String role = FormFields.trimmed(request, "role");
        if (!roles.grantable().contains(role)) {
            visitors.flash(response, messages.text(language, "admin.people.unknownRole"));
        } else {
            roles.grant(personId, role);
            audit.record(admin.personId(), "role.grant", "person/" + personId, role);
            visitors.flash(response, messages.text(language, "admin.people.granted",
                    Map.of("role", role, "name", label(person))));
        }
        Redirects.seeOther(response, AdminServlet.PEOPLE + "?q=" + java.net.URLEncoder.encode(person.email(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    void revoke(HttpServletRequest request, HttpServletResponse response, long personId) {
        visitors.requireCsrf(request);
        Caller admin = AdminServlet.admin(visitors, request);
        Person person = person(personId);
        Language language = visitors.language(request);
        String role = FormFields.trimmed(request, "role");
        if (!revocable(admin, personId, role)) {
            throw new InvalidInput("role", "you cannot remove your own administrator role");
        }
        roles.revoke(personId, role);
        audit.record(admin.personId(), "role.revoke", "person/" + personId, role);
        visitors.flash(response, messages.text(language, "admin.people.revoked",
                Map.of("role", role, "name", label(person))));
        Redirects.seeOther(response, AdminServlet.PEOPLE + "?q=" + java.net.URLEncoder.encode(person.email(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private Person person(long id) {
        return people.find(id).orElseThrow(() -> new NotFound("person", id));
    }

    private static String label(Person person) {
        return person.name() == null || person.name().isBlank() ? person.email() : person.name();
    }

    static String query(HttpServletRequest request) {
        String query = request.getParameter("q") == null ? "" : request.getParameter("q").trim();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }
}
