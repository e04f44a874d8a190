package org.fabrique.web.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Language;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/** {@code /admin/journal?q=...&page=...}: the audit log, newest first, as {@code GET /api/admin/audit}. */
final class AdminJournalPage {

    static final String TEMPLATE = "templates/web/admin-journal.ftlh";
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final AuditLog audit;
    private final Messages messages;

    AdminJournalPage(PageRenderer renderer, Visitors visitors, AuditLog audit, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.audit = audit;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminServlet.admin(visitors, request);
        Language language = visitors.language(request);
        String query = AdminPeoplePage.query(request);
        int index = request.getParameter("page") == null ? 0 : Paging.index(request.getParameter("page"));
        Page<AuditEntry> page = audit.list(new PageRequest(index, PAGE_SIZE, query));

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        Map<String, Object> model = new HashMap<>();
        model.put("adminNav", AdminServlet.subNavigation(messages, language, AdminServlet.JOURNAL));
        model.put("filters", filters);
        model.put("total", page.total());
        Paging paging = Paging.of(page, AdminServlet.JOURNAL, filters);
        model.put("pageNumber", paging.number());
        model.put("pageCount", paging.count());
        model.put("previous", paging.previous());
        model.put("next", paging.next());
        model.put("entries", page.items().stream().map(AdminJournalPage::view).toList());
        renderer.render(request, response, new org.fabrique.web.Page(AdminJournalPage.class.getClassLoader(),
                TEMPLATE, messages.text(language, "admin.journal.title"), model));
    }

    private static Map<String, Object> view(AuditEntry entry) {
        Map<String, Object> view = new HashMap<>();
        view.put("at", DATE.format(entry.at()));
        view.put("actor", entry.actorId() == null ? "" : "person/" + entry.actorId());
        view.put("action", entry.action());
        view.put("target", entry.target() == null ? "" : entry.target());
        view.put("detail", entry.detail() == null ? "" : entry.detail());
        return view;
    }
}
