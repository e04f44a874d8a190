package org.fabrique.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuditLog;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.core.Modules;
import org.fabrique.core.People;
import org.fabrique.core.Roles;
import org.fabrique.core.Structures;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The administration, {@code /admin/*}: modules to install or remove, people and their roles, the
 * audit log, the structures. Administrators only, as {@code /api/admin} and {@code /api/people}: an
 * anonymous visitor is sent to the login page, anyone else gets the 403 page.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/admin/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web-admin" })
public class AdminServlet extends PageServlet {

    private static final long serialVersionUID = 1L;
    static final String MODULES = Navigation.ADMIN;
    static final String PEOPLE = "/admin/personnes";
    static final String JOURNAL = "/admin/journal";
    static final String STRUCTURES = "/admin/structures";
    private static final Pattern MODULE = Pattern.compile("/admin/modules/([a-z0-9-]{1,60})/(installer|desinstaller)");
    private static final Pattern PERSON = Pattern.compile("/admin/personnes/(\\d{1,18})/(accorder|retirer)");

    private final transient AdminModulesPage modules;
    private final transient AdminPeoplePage people;
    private final transient AdminJournalPage journal;
    private final transient AdminStructuresPage structures;
    private final transient FormValidator validator;
    private final transient ErrorPages errors;

    @Activate
    public AdminServlet(@Reference PageRenderer renderer, @Reference Visitors visitors, @Reference Modules modules,
            @Reference People people, @Reference Roles roles, @Reference Structures structures,
            @Reference AuditLog audit) {
        Messages messages = Messages.load();
        this.validator = new FormValidator(messages);
        this.structures = new AdminStructuresPage(renderer, visitors, structures, audit, validator, messages);
        this.modules = new AdminModulesPage(renderer, visitors, modules, audit, messages);
        this.people = new AdminPeoplePage(renderer, visitors, people, roles, audit, messages);
        this.journal = new AdminJournalPage(renderer, visitors, audit, messages);
        this.errors = new ErrorPages(renderer, visitors, messages);
    }

    @Deactivate
    void deactivate() {
        validator.close();
    }

    /** The logged-in administrator; else the login page (anonymous) or the 403 page (anyone else). */
    static Caller admin(Visitors visitors, HttpServletRequest request) {
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to administer the Fabrique."));
        if (!caller.isAdmin()) {
            throw new AccessDenied("Only an administrator may do this.");
        }
        return caller;
    }

    /** The links between the administration's pages, the current one marked. */
    static List<Map<String, Object>> subNavigation(Messages messages, Language language, String current) {
        return List.of(link(messages, language, "admin.nav.modules", MODULES, current),
                link(messages, language, "admin.nav.people", PEOPLE, current),
                link(messages, language, "admin.nav.structures", STRUCTURES, current),
                link(messages, language, "admin.nav.journal", JOURNAL, current));
    }

    private static Map<String, Object> link(Messages messages, Language language, String key, String href,
            String current) {
        return Map.of("label", messages.text(language, key), "href", href, "current", href.equals(current));
    }

    @Override
    ErrorPages errors() {
        return errors;
    }

    @Override
    void get(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher module = MODULE.matcher(path);
        if (path.equals(MODULES) || path.equals(MODULES + "/")) {
            modules.show(request, response);
        } else if (module.matches()) {
            modules.confirm(request, response, module.group(1), module.group(2).equals("installer"));
        } else if (path.equals(PEOPLE)) {
            people.show(request, response);
        } else if (path.equals(JOURNAL)) {
            journal.show(request, response);
        } else if (path.equals(STRUCTURES)) {
            structures.show(request, response);
        } else {
            admin(modules.visitors(), request);
            errors.notFound(request, response);
        }
    }

    @Override
    void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher module = MODULE.matcher(path);
        Matcher person = PERSON.matcher(path);
        if (module.matches()) {
            modules.operate(request, response, module.group(1), module.group(2).equals("installer"));
        } else if (person.matches() && person.group(2).equals("accorder")) {
            people.grant(request, response, Long.parseLong(person.group(1)));
        } else if (path.equals(STRUCTURES)) {
            structures.create(request, response);
        } else if (person.matches()) {
            people.revoke(request, response, Long.parseLong(person.group(1)));
        } else {
            admin(modules.visitors(), request);
            errors.notFound(request, response);
        }
    }
}
