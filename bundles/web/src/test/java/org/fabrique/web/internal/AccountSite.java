package org.fabrique.web.internal;

/** The account pages wired by hand around {@link FakeAccountWorld}, as DS would wire them. */
final class AccountSite {

    static final String PUBLIC_URL = "https://fabrique.example.org/";

    final FakeAccountWorld world = new FakeAccountWorld();
    final WebVisitors visitors = new WebVisitors(world.accounts());
    final FreeMarkerPages pages = new FreeMarkerPages(visitors, new InstalledModules());
    final AccountPagesServlet servlet = new AccountPagesServlet(pages, visitors, world.people(), world.accounts(),
            world.consents(), world.mailer(), PUBLIC_URL);
    final String csrf = CsrfTokens.create();

    FakeResponse get(FakeRequest request) throws Exception {
        FakeResponse response = new FakeResponse();
        servlet.service(request, response);
        return response;
    }

    /** A POST with the CSRF cookie and field. */
    FakeRequest post(String path) {
        return FakeRequest.post(path).cookie(Cookies.CSRF, csrf).param("_csrf", csrf);
    }
}
