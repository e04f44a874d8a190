package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Duration;

import org.fabrique.core.Language;
import org.junit.Test;

public class CookiesTest {

    @Test
    public void theSessionCookieIsHttpOnlyLaxAndLastsAsLongAsTheSession() {
        assertEquals("fabrique_session=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax",
                Cookies.session("abc", Duration.ofHours(1), false).toString());
        assertEquals("fabrique_session=abc; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax",
                Cookies.session("abc", Duration.ofHours(1), true).toString());
    }

    @Test
    public void anExpiredSessionGivesACookieThatIsDeletedAtOnce() {
        assertEquals("fabrique_session=abc; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
                Cookies.session("abc", Duration.ofSeconds(-5), false).toString());
    }

    @Test
    public void theCsrfCookieIsStrictAndEndsWithTheBrowser() {
        assertEquals("fabrique_csrf=t; Path=/; Secure; HttpOnly; SameSite=Strict", Cookies.csrf("t", true).toString());
    }

    @Test
    public void theLanguageCookieIsKeptAYear() {
        assertEquals("lang=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax",
                Cookies.language(Language.EN, false).toString());
    }

    @Test
    public void deletingKeepsNameAndFlags() {
        assertEquals("fabrique_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
                Cookies.session("abc", Duration.ofHours(1), true).deleted().toString());
    }

    @Test
    public void theFlashMessageSurvivesTheRoundTrip() {
        String header = Cookies.flash("Vous êtes connecté·e ; bienvenue, « Camille » !").toString();
        String value = header.substring("fabrique_flash=".length(), header.indexOf(';'));
        assertEquals("Vous êtes connecté·e ; bienvenue, « Camille » !",
                Cookies.flashMessage(FakeRequest.get("/").cookie(Cookies.FLASH, value)));
        assertNull(Cookies.flashMessage(FakeRequest.get("/").cookie(Cookies.FLASH, "%zz")));
    }

    @Test
    public void secureBehindTheReverseProxyToo() {
        assertEquals(true, Cookies.secure(FakeRequest.get("/").header("X-Forwarded-Proto", "https")));
        assertEquals(true, Cookies.secure(FakeRequest.get("/").secure()));
        assertEquals(false, Cookies.secure(FakeRequest.get("/")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aValueThatWouldBreakTheHeaderIsRefused() {
        new CookieHeader("fabrique_flash", "a; Domain=evil.example", "/", null, true, false, "Lax");
    }
}
