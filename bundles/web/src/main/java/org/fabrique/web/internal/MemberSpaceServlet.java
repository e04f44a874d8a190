package org.fabrique.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Consents;
import org.fabrique.core.Memberships;
import org.fabrique.core.People;
import org.fabrique.core.PersonalData;
import org.fabrique.web.MemberSection;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** The member space, {@code /me/*}: profile, structures, consents, data download, account deletion. */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/me/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web-me" })
public class MemberSpaceServlet extends PageServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern LEAVE = Pattern.compile("/me/structures/(\\d{1,18})/quitter");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    transient volatile List<MemberSection> sections = List.of();

    private final transient FormValidator validator;
    private final transient MemberSpacePage space;
    private final transient AccountErasure erasure;
    private final transient ErrorPages errors;
    private final transient Visitors visitors;
    private final transient PersonalData personalData;

    @Activate
    public MemberSpaceServlet(@Reference PageRenderer renderer, @Reference Visitors visitors,
            @Reference People people, @Reference Memberships memberships, @Reference Consents consents,
            @Reference PersonalData personalData, @Reference AuditLog audit) {
        Messages messages = Messages.load();
        this.validator = new FormValidator(messages);
        this.visitors = visitors;
        this.personalData = personalData;
        this.space = new MemberSpacePage(renderer, visitors, people, memberships, consents, validator, messages,
                () -> sections);
        this.erasure = new AccountErasure(renderer, visitors, personalData, audit, messages);
        this.errors = new ErrorPages(renderer, visitors, messages);
    }

    @Deactivate
    void deactivate() {
        validator.close();
    }

    @Override
    ErrorPages errors() {
        return errors;
    }

    @Override
    void get(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher leave = LEAVE.matcher(path);
        switch (path) {
            case "/me", "/me/" -> space.show(request, response);
            case "/me/donnees.json" -> download(request, response);
            case "/me/suppression" -> erasure.show(request, response);
            case "/me/au-revoir" -> erasure.goodbye(request, response);
            default -> {
                if (leave.matches()) {
                    space.confirmLeave(request, response, Long.parseLong(leave.group(1)));
                } else {
                    errors.notFound(request, response);
                }
            }
        }
    }

    @Override
    void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher leave = LEAVE.matcher(path);
        switch (path) {
            case "/me", "/me/" -> space.saveProfile(request, response);
            case "/me/consentements" -> space.withdrawConsent(request, response);
            case "/me/suppression" -> erasure.submit(request, response);
            default -> {
                if (leave.matches()) {
                    space.leave(request, response, Long.parseLong(leave.group(1)));
                } else {
                    errors.notFound(request, response);
                }
            }
        }
    }

    /** {@code GET /me/donnees.json}: the export of {@code GET /api/me/export}, as a file to keep. */
    private void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long me = MemberSpacePage.caller(visitors, request).personId();
        String json = ExportJson.write(personalData.export(me));
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"fabrique-mes-donnees.json\"");
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.apply(response);
        response.getWriter().write(json);
        response.getWriter().flush();
    }
}
