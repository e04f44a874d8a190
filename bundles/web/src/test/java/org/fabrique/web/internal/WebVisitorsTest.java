package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.junit.Test;

public class WebVisitorsTest {

    private final FakeAccounts accounts = new FakeAccounts();
    private final WebVisitors visitors = new WebVisitors(accounts.service());

    @Test
    public void theCallerComesFromTheSessionCookieOncePerRequest() {
        FakeRequest request = FakeRequest.get("/").cookie(Cookies.SESSION, FakeAccounts.TOKEN);
        assertEquals(7, visitors.caller(request).orElseThrow().personId());
        assertEquals(7, visitors.caller(request).orElseThrow().personId());
        assertEquals(1, accounts.authentications);
    }

    @Test
    public void noCookieOrAnUnknownTokenIsAnAnonymousVisitor() {
        assertFalse(visitors.caller(FakeRequest.get("/")).isPresent());
        assertFalse(visitors.caller(FakeRequest.get("/").cookie(Cookies.SESSION, "ended")).isPresent());
        assertFalse(visitors.caller(FakeRequest.get("/").cookie(Cookies.SESSION, "x".repeat(500))).isPresent());
        assertEquals(1, accounts.authentications);
    }

    @Test
    public void languageFromCookieThenCallerThenBrowser() {
        assertEquals(Language.EN, visitors.language(FakeRequest.get("/").cookie(Cookies.LANGUAGE, "en")
                .cookie(Cookies.SESSION, FakeAccounts.TOKEN)));
        assertEquals(Language.EN, visitors.language(FakeRequest.get("/").cookie(Cookies.SESSION, "token-of-admin")
                .header("Accept-Language", "fr")));
        assertEquals(Language.EN, visitors.language(FakeRequest.get("/").header("Accept-Language", "en-GB,fr;q=0.5")));
        assertEquals(Language.FR, visitors.language(FakeRequest.get("/")));
    }

    @Test
    public void aVisitorWithoutCsrfCookieGetsOneAndTheSameTokenAllRequestLong() {
        FakeRequest request = FakeRequest.get("/connexion");
        FakeResponse response = new FakeResponse();
        String token = visitors.csrfToken(request, response);
        assertEquals(token, visitors.csrfToken(request, response));
        assertEquals(1, response.headers(CookieHeader.SET_COOKIE).size());
        assertEquals("fabrique_csrf=" + token + "; Path=/; HttpOnly; SameSite=Strict",
                response.setCookie(Cookies.CSRF));
    }

    @Test
    public void aVisitorWithACsrfCookieKeepsIt() {
        String token = CsrfTokens.create();
        FakeResponse response = new FakeResponse();
        assertEquals(token, visitors.csrfToken(FakeRequest.get("/").cookie(Cookies.CSRF, token), response));
        assertTrue(response.headers(CookieHeader.SET_COOKIE).isEmpty());
    }

    @Test
    public void aPostWhoseFieldMatchesTheCookiePasses() {
        String token = CsrfTokens.create();
        visitors.requireCsrf(FakeRequest.post("/x").cookie(Cookies.CSRF, token).param("_csrf", token));
    }

    @Test
    public void aPostWithoutTheTokenOrWithAnotherOneIsRefused() {
        String token = CsrfTokens.create();
        assertRefused(FakeRequest.post("/x").cookie(Cookies.CSRF, token));
        assertRefused(FakeRequest.post("/x").param("_csrf", token));
        assertRefused(FakeRequest.post("/x").cookie(Cookies.CSRF, token).param("_csrf", CsrfTokens.create()));
    }

    @Test
    public void aFlashMessageIsACookie() {
        FakeResponse response = new FakeResponse();
        visitors.flash(response, "Enregistré.");
        assertNotNull(response.setCookie(Cookies.FLASH));
    }

    private void assertRefused(FakeRequest request) {
        try {
            visitors.requireCsrf(request);
            fail("accepted a form without a matching CSRF token");
        } catch (AccessDenied expected) {
            assertEquals(403, expected.status());
        }
    }

    @Test
    public void aModuleFormTheContainerCannotReadIsTheVisitorsError() {
        javax.servlet.http.HttpServletRequest tooLarge = new javax.servlet.http.HttpServletRequestWrapper(
                FakeRequest.post("/agenda/proposer")) {
            @Override public String getParameter(String name) {
                throw new IllegalStateException("Form is larger than max length 200000");
            }
        };
        try {
            visitors.requireCsrf(tooLarge);
            fail("an unreadable form must be refused");
        } catch (InvalidInput expected) {
            assertEquals("form", expected.field());
            assertEquals(400, expected.status());
        }
    }
}
