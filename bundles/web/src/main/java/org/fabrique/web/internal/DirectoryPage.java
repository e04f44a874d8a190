package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code GET /structures?q=...&type=...&page=...}: the public directory, filtered by a GET form
 * (no JavaScript needed) and paged, as {@code GET /api/structures} lists it.
 */
final class DirectoryPage {

    static final String TEMPLATE = "templates/web/structures.ftlh";
    static final int PAGE_SIZE = 10;
    private static final int MAX_QUERY = 200;

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Structures structures;
    private final Messages messages;
    private final KindLabels labels;

    DirectoryPage(PageRenderer renderer, Visitors visitors, Structures structures, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.structures = structures;
        this.messages = messages;
        this.labels = new KindLabels(messages);
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = visitors.language(request);
        String query = request.getParameter("q") == null ? "" : request.getParameter("q").trim();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        StructureKind kind = KindLabels.parse(StructureKind.class, request.getParameter("type"));
        int index = request.getParameter("page") == null ? 0 : Paging.index(request.getParameter("page"));
        Page<Structure> page = structures.list(new PageRequest(index, PAGE_SIZE, query), kind);

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        filters.put("type", kind == null ? "" : KindLabels.code(kind));
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters);
        model.put("kinds", labels.kindChoices(language));
        model.put("total", page.total());
        Paging paging = Paging.of(page, "/structures", filters);
        model.put("pageNumber", paging.number());
        model.put("pageCount", paging.count());
        model.put("previous", paging.previous());
        model.put("next", paging.next());
        model.put("structures", page.items().stream().map(s -> summary(s, language)).toList());
        renderer.render(request, response, new org.fabrique.web.Page(DirectoryPage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "directory.title"), model));
    }

    Map<String, Object> summary(Structure structure, Language language) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("id", structure.id());
        summary.put("name", structure.name());
        summary.put("kind", labels.kind(structure.kind(), language));
        summary.put("neighbourhood", structure.neighbourhood());
        summary.put("description", structure.description());
        summary.put("website", structure.website());
        return summary;
    }
}
