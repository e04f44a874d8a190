package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** {@code /connexion} and {@code /deconnexion} through the site servlet. */
public class LoginPageTest {

    private final Site site = new Site();
    private final String csrf = CsrfTokens.create();

    private FakeRequest login(String email, String password) {
        return FakeRequest.post("/connexion").cookie(Cookies.CSRF, csrf).param("_csrf", csrf)
                .param("email", email).param("password", password);
    }

    @Test
    public void theFormCarriesTheCsrfTokenAndTheNextPage() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/connexion").query("next=/me")
                .param("next", "/me").cookie(Cookies.CSRF, csrf));
        String html = response.body();
        assertEquals(200, response.getStatus());
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + csrf + "\">"));
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"next\" value=\"/me\">"));
        assertTrue(html, html.contains("<label for=\"email\">Adresse e-mail"));
        assertTrue(html, html.contains("autocomplete=\"current-password\""));
    }

    @Test
    public void rightCredentialsSetTheSessionCookieAndGoToNext() throws Exception {
        FakeResponse response = site.get(login(" camille@example.org ", "a long secret").param("next", "/agenda"));
        assertEquals(303, response.getStatus());
        assertEquals("/agenda", response.header("Location"));
        String cookie = response.setCookie(Cookies.SESSION);
        assertTrue(cookie, cookie.startsWith("fabrique_session=" + FakeAccounts.TOKEN + "; Path=/; Max-Age="));
        assertTrue(cookie, cookie.endsWith("; HttpOnly; SameSite=Lax"));
        long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertTrue("Max-Age " + maxAge, maxAge > 720 * 3600 - 60 && maxAge <= 720 * 3600);
        assertFalse(cookie, cookie.contains("Secure"));
        assertTrue(response.setCookie(Cookies.CSRF).contains("Max-Age=0"));
        assertNotNull(response.setCookie(Cookies.FLASH));
    }

    @Test
    public void overHttpsTheSessionCookieIsSecure() throws Exception {
        FakeResponse response = site.get(login("camille@example.org", "a long secret").secure());
        assertTrue(response.setCookie(Cookies.SESSION).contains("; Secure;"));
    }

    @Test
    public void aNextToAnotherSiteGoesHomeInstead() throws Exception {
        FakeResponse response = site.get(login("camille@example.org", "a long secret").param("next", "//evil.example"));
        assertEquals("/", response.header("Location"));
    }

    @Test
    public void wrongCredentialsShowTheMessageAndKeepTheAddress() throws Exception {
        FakeResponse response = site.get(login("camille@example.org", "wrong"));
        String html = response.body();
        assertEquals(400, response.getStatus());
        assertTrue(html, html.contains("<p class=\"form-error\" role=\"alert\">Adresse e-mail ou mot de passe incorrect.</p>"));
        assertTrue(html, html.contains("value=\"camille@example.org\""));
        assertFalse(html, html.contains("value=\"wrong\""));
        assertNull(response.setCookie(Cookies.SESSION));
    }

    @Test
    public void emptyFieldsAreShownNextToTheField() throws Exception {
        FakeResponse response = site.get(login("", ""));
        String html = response.body();
        assertEquals(400, response.getStatus());
        assertTrue(html, html.contains("<p class=\"field-error\" id=\"email-error\"><span class=\"visually-hidden\">"
                + "Erreur : </span>Ce champ est obligatoire.</p>"));
        assertTrue(html, html.contains("id=\"password-error\""));
        assertTrue(html, html.contains("aria-describedby=\"email-error\""));
    }

    @Test
    public void tooManyAttemptsSaysWhenToTryAgain() throws Exception {
        site.accounts.locked = true;
        FakeResponse response = site.get(login("camille@example.org", "a long secret"));
        assertEquals(429, response.getStatus());
        assertEquals("900", response.header("Retry-After"));
        assertTrue(response.body(), response.body().contains("Réessayez dans 15 minutes."));
    }

    @Test
    public void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        FakeResponse response = site.get(FakeRequest.post("/connexion").cookie(Cookies.CSRF, csrf)
                .param("email", "camille@example.org").param("password", "a long secret"));
        assertEquals(403, response.getStatus());
        assertTrue(response.body(), response.body().contains("<h1>Accès refusé</h1>"));
        assertNull(response.setCookie(Cookies.SESSION));
    }

    @Test
    public void logoutEndsTheSessionAndDeletesTheCookie() throws Exception {
        FakeResponse response = site.get(FakeRequest.post("/deconnexion").cookie(Cookies.SESSION, FakeAccounts.TOKEN)
                .cookie(Cookies.CSRF, csrf).param("_csrf", csrf));
        assertEquals(303, response.getStatus());
        assertEquals("/", response.header("Location"));
        assertEquals(java.util.List.of(FakeAccounts.TOKEN), site.accounts.loggedOut);
        assertTrue(response.setCookie(Cookies.SESSION), response.setCookie(Cookies.SESSION)
                .startsWith("fabrique_session=; Path=/; Max-Age=0"));
    }

    @Test
    public void logoutWithoutCsrfTokenDoesNothing() throws Exception {
        FakeResponse response = site.get(FakeRequest.post("/deconnexion").cookie(Cookies.SESSION, FakeAccounts.TOKEN));
        assertEquals(403, response.getStatus());
        assertTrue(site.accounts.loggedOut.isEmpty());
    }

    @Test
    public void theLanguageSwitchSetsTheCookieAndGoesBack() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/lang").param("to", "en").param("next", "/agenda?p=2"));
        assertEquals(303, response.getStatus());
        assertEquals("/agenda?p=2", response.header("Location"));
        assertTrue(response.setCookie(Cookies.LANGUAGE).startsWith("lang=en;"));
    }
}
