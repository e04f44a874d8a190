package org.fabrique.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.Accounts;
import org.fabrique.core.Consents;
import org.fabrique.core.People;
import org.fabrique.mail.Mailer;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The account pages: sign-up and its confirmation link, forgotten password and its link, change of
 * password. Each page is its own class; this servlet only routes, and answers errors with the
 * platform's error pages.
 */
@Component(service = Servlet.class, configurationPid = "org.fabrique.web", property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + SignupPage.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + ConfirmationPage.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + ConfirmationPage.RESEND_PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + ForgottenPasswordPage.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + NewPasswordPage.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + ChangePasswordPage.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-web-accounts" })
@Designate(ocd = WebConfig.class)
public class AccountPagesServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    private final transient FormValidator validator;
    private final transient SignupPage signup;
    private final transient ConfirmationPage confirmation;
    private final transient ForgottenPasswordPage forgotten;
    private final transient NewPasswordPage newPassword;
    private final transient ChangePasswordPage changePassword;
    private final transient ErrorPages errors;

    @Activate
    public AccountPagesServlet(@Reference PageRenderer renderer, @Reference Visitors visitors,
            @Reference People people, @Reference Accounts accounts, @Reference Consents consents,
            @Reference Mailer mailer, WebConfig config) {
        this(renderer, visitors, people, accounts, consents, mailer, config.publicUrl());
    }

    AccountPagesServlet(PageRenderer renderer, Visitors visitors, People people, Accounts accounts,
            Consents consents, Mailer mailer, String publicUrl) {
        Messages messages = Messages.load();
        this.validator = new FormValidator(messages);
        FormFields fields = new FormFields(validator, messages);
        AccountMails mails = new AccountMails(mailer, messages, publicUrl);
        this.signup = new SignupPage(renderer, visitors, people, accounts, consents, mails, fields, messages);
        this.confirmation = new ConfirmationPage(renderer, visitors, people, accounts, mails, validator, messages);
        this.forgotten = new ForgottenPasswordPage(renderer, visitors, people, accounts, mails, validator, messages);
        this.newPassword = new NewPasswordPage(renderer, visitors, accounts, fields, forgotten, messages);
        this.changePassword = new ChangePasswordPage(renderer, visitors, accounts, fields, messages);
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
            case SignupPage.PATH -> signup.show(request, response);
            case ConfirmationPage.PATH -> confirmation.confirm(request, response);
            case ConfirmationPage.RESEND_PATH -> confirmation.showResend(request, response);
            case ForgottenPasswordPage.PATH -> forgotten.show(request, response);
            case NewPasswordPage.PATH -> newPassword.show(request, response);
            case ChangePasswordPage.PATH -> changePassword.show(request, response);
            default -> errors.notFound(request, response);
        }
    }

    @Override
    void post(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path) {
            case SignupPage.PATH -> signup.submit(request, response);
            case ConfirmationPage.RESEND_PATH -> confirmation.resend(request, response);
            case ForgottenPasswordPage.PATH -> forgotten.submit(request, response);
            case NewPasswordPage.PATH -> newPassword.submit(request, response);
            case ChangePasswordPage.PATH -> changePassword.submit(request, response);
            case ConfirmationPage.PATH -> errors.methodNotAllowed(request, response, "GET");
            default -> errors.notFound(request, response);
        }
    }
}
