package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Language;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;

/**
 * A page that only says something: "check your mailbox", "your address is confirmed"... Its texts
 * are {@code <key>.title} and {@code <key>.text}; the template may add a link or a form by the key.
 */
final class Notice {

    static final String TEMPLATE = "templates/web/notice.ftlh";

    private Notice() {
    }

    static void show(PageRenderer renderer, HttpServletRequest request, HttpServletResponse response,
            Messages messages, Language language, String key, Map<String, ?> values) throws IOException {
        show(renderer, request, response, messages, language, key, values, 200);
    }

    static void show(PageRenderer renderer, HttpServletRequest request, HttpServletResponse response,
            Messages messages, Language language, String key, Map<String, ?> values, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("key", key);
        model.put("text", messages.text(language, key + ".text", values));
        renderer.render(request, response, new Page(Notice.class.getClassLoader(), TEMPLATE,
                messages.text(language, key + ".title"), model, status));
    }
}
