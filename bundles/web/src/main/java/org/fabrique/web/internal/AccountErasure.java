package org.fabrique.web.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.Language;
import org.fabrique.core.PersonalData;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /me/suppression}: the person types the confirmation word, then their account and data are
 * erased in the core and every module ({@link PersonalData#erase}, as {@code DELETE /api/me}), the
 * session cookie is cleared and a goodbye page follows. The core refuses to erase the last administrator.
 */
final class AccountErasure {

    static final String TEMPLATE = "templates/web/me-erase.ftlh";
    static final String GOODBYE = "templates/web/me-goodbye.ftlh";
    static final String FIELD = "confirmation";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Messages messages;

    AccountErasure(PageRenderer renderer, Visitors visitors, PersonalData personalData, AuditLog audit,
            Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.personalData = personalData;
        this.audit = audit;
        this.messages = messages;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemberSpacePage.caller(visitors, request);
        form(request, response, 200, Map.of(), null);
    }

    void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Caller caller = MemberSpacePage.caller(visitors, request);
        Language language = visitors.language(request);
        String word = messages.text(language, "me.erase.word");
        String typed = request.getParameter(FIELD);
        if (typed == null || !typed.trim().toUpperCase(Locale.ROOT).equals(word)) {
            form(request, response, 400, Map.of(FIELD, messages.text(language, "me.erase.wrongWord",
                    Map.of("word", word))), null);
            return;
        }
        try {
            personalData.erase(caller.personId());
        } catch (Conflict refused) {
            form(request, response, 409, Map.of(), messages.text(language, "me.erase.lastAdmin"));
            return;
        }
        audit.record(null, "person.erase", "person/" + caller.personId(), "by the person");
        Cookies.add(response, Cookies.session("", Duration.ZERO, Cookies.secure(request)).deleted());
        Redirects.seeOther(response, "/me/au-revoir");
    }

    /** Shown to anybody: after the erasure there is nobody logged in any more. */
    void goodbye(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = visitors.language(request);
        renderer.render(request, response, new Page(AccountErasure.class.getClassLoader(), GOODBYE,
                messages.text(language, "me.goodbye.title"), Map.of()));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status,
            Map<String, String> errors, String formError) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("formError", formError);
        model.put("word", messages.text(language, "me.erase.word"));
        renderer.render(request, response, new Page(AccountErasure.class.getClassLoader(), TEMPLATE,
                messages.text(language, "me.erase.title"), model, status));
    }
}
