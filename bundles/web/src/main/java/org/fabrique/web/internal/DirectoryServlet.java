package org.fabrique.web.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Memberships;
import org.fabrique.core.Structures;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The member directory, {@code /structures/*}: the public list, a structure's page, asking to join,
 * and what a coordinator does (edit the structure, accept, refuse and change members).
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/structures/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web-structures" })
public class DirectoryServlet extends PageServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern STRUCTURE = Pattern.compile("/structures/(\\d{1,18})(/[a-z]+)?");
    private static final Pattern MEMBER = Pattern.compile("/structures/(\\d{1,18})/membres/(\\d{1,18})");

    private final transient FormValidator validator;
    private final transient DirectoryPage directory;
    private final transient StructurePage structure;
    private final transient StructureEditPage edit;
    private final transient ErrorPages errors;

    @Activate
    public DirectoryServlet(@Reference PageRenderer renderer, @Reference Visitors visitors,
            @Reference Structures structures, @Reference Memberships memberships, @Reference AuditLog audit) {
        Messages messages = Messages.load();
        this.validator = new FormValidator(messages);
        this.directory = new DirectoryPage(renderer, visitors, structures, messages);
        this.structure = new StructurePage(renderer, visitors, structures, memberships, audit, messages);
        this.edit = new StructureEditPage(renderer, visitors, structures, memberships, audit, validator, messages);
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
        Matcher one = STRUCTURE.matcher(path);
        if (path.equals("/structures") || path.equals("/structures/")) {
            directory.show(request, response);
        } else if (one.matches() && one.group(2) == null) {
            structure.show(request, response, Long.parseLong(one.group(1)));
        } else if (one.matches() && one.group(2).equals("/modifier")) {
            edit.show(request, response, Long.parseLong(one.group(1)));
        } else {
            errors.notFound(request, response);
        }
    }

    @Override
    void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher one = STRUCTURE.matcher(path);
        Matcher member = MEMBER.matcher(path);
        if (one.matches() && "/rejoindre".equals(one.group(2))) {
            structure.join(request, response, Long.parseLong(one.group(1)));
        } else if (one.matches() && "/modifier".equals(one.group(2))) {
            edit.submit(request, response, Long.parseLong(one.group(1)));
        } else if (member.matches()) {
            structure.changeMember(request, response, Long.parseLong(member.group(1)),
                    Long.parseLong(member.group(2)));
        } else {
            errors.notFound(request, response);
        }
    }
}
