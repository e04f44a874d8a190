package org.fabrique.web.internal;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.web.HomeSection;
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

/**
 * The site's own pages, at the whiteboard's default pattern {@code /}: whatever no more specific
 * servlet serves ({@code /api/*}, a module's {@code /agenda/*}, static files) comes here, and what
 * is not one of these pages gets the 404 page.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web" })
public class SiteServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    transient volatile List<HomeSection> sections = List.of();

    private final transient FormValidator validator;
    private final transient HomePage home;
    private final transient LoginPage login;
    private final transient LogoutAction logout;
    private final transient LanguageSwitch languageSwitch = new LanguageSwitch();
    private final transient ErrorPages errors;

    @Activate
    public SiteServlet(@Reference PageRenderer renderer, @Reference Visitors visitors, @Reference Accounts accounts,
            @Reference InstalledModules modules) {
        Messages messages = Messages.load();
        this.validator = new FormValidator(messages);
        this.home = new HomePage(renderer, visitors, modules, () -> sections, messages);
        this.login = new LoginPage(renderer, visitors, accounts, validator, messages);
        this.logout = new LogoutAction(visitors, accounts, messages);
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
        switch (path) {
            case "/" -> home.show(request, response);
            case Navigation.LOGIN -> login.show(request, response);
            case "/lang" -> languageSwitch.apply(request, response);
            case "/deconnexion" -> errors.methodNotAllowed(request, response, "POST");
            default -> errors.notFound(request, response);
        }
    }

    @Override
    void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path) {
            case Navigation.LOGIN -> login.submit(request, response);
            case "/deconnexion" -> logout.submit(request, response);
            case "/", "/lang" -> errors.methodNotAllowed(request, response, "GET");
            default -> errors.notFound(request, response);
        }
    }
}
