package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.fabrique.web.Page;
import org.junit.Test;

/** The shared layout around a page, rendered for real. */
public class LayoutTest {

    private final Site site = new Site().install(new FakeModule("hello", "Bonjour", "/hello"))
            .install(new FakeModule("agenda", "Agenda", "/agenda"));

    private FakeResponse render(FakeRequest request, Map<String, Object> model) throws Exception {
        FakeResponse response = new FakeResponse();
        site.pages.render(request, response, new Page(LayoutTest.class.getClassLoader(), "templates/test/page.ftlh",
                "Le livre d'or", model, 201));
        return response;
    }

    @Test
    public void thePageSitsInTheLayoutWithItsStatusAndLanguage() throws Exception {
        FakeResponse response = render(FakeRequest.get("/hello"), Map.of("said", "<b>salut</b>"));
        String html = response.body();
        assertEquals(201, response.getStatus());
        assertEquals("text/html;charset=UTF-8", response.getContentType());
        assertTrue(html, html.startsWith("<!DOCTYPE html>") || html.contains("<!DOCTYPE html>"));
        assertTrue(html, html.contains("<html lang=\"fr\">"));
        assertTrue(html, html.contains("<title>Le livre d&#39;or – Fabrique de la Transition</title>"));
        assertTrue(html, html.contains("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>"));
        assertTrue(html, html.contains("<main id=\"contenu\" tabindex=\"-1\">"));
        assertTrue(html, html.contains("<p class=\"said\">&lt;b&gt;salut&lt;/b&gt;</p>"));
        assertTrue(html, html.contains("<footer class=\"site-footer\">"));
        assertTrue(html, html.contains("href=\"/static/web/fabrique.css\""));
        assertEquals("fr", response.header("Content-Language"));
        assertEquals(SecurityHeaders.POLICY, response.header("Content-Security-Policy"));
    }

    @Test
    public void theNavigationListsTheEntriesItIsGivenInOrder() throws Exception {
        String html = render(FakeRequest.get("/hello"), Map.of()).body();
        assertTrue(html, html.contains("<nav class=\"site-nav\" aria-label=\"Navigation principale\">"));
        int home = html.indexOf("<a href=\"/\">Accueil</a>");
        int structures = html.indexOf("<a href=\"/structures\">Structures</a>");
        int agenda = html.indexOf("<a href=\"/agenda\">Agenda</a>");
        int hello = html.indexOf("<a href=\"/hello\" aria-current=\"page\">Bonjour</a>");
        int login = html.indexOf("<a href=\"/connexion?next=%2Fhello\">Se connecter</a>");
        assertTrue(html, home > 0 && home < structures && structures < agenda && agenda < hello && hello < login);
        assertFalse(html, html.contains("Mon espace"));
        assertFalse(html, html.contains("/deconnexion"));
    }

    @Test
    public void anUninstalledModuleLeavesTheNavigation() throws Exception {
        site.modules.descriptors = java.util.List.of();
        String html = render(FakeRequest.get("/"), Map.of()).body();
        assertFalse(html, html.contains("Bonjour"));
    }

    @Test
    public void aLoggedInAdministratorSeesTheirSpaceAdministrationAndLogout() throws Exception {
        String html = render(FakeRequest.get("/").cookie(Cookies.SESSION, "token-of-admin"), Map.of()).body();
        assertTrue(html, html.contains("<html lang=\"en\">"));
        assertTrue(html, html.contains("<a href=\"/me\">My space</a>"));
        assertTrue(html, html.contains("<a href=\"/admin\">Administration</a>"));
        assertTrue(html, html.contains("<form class=\"logout\" method=\"post\" action=\"/deconnexion\">"));
        assertTrue(html, html.contains("name=\"_csrf\" value=\""));
        assertFalse(html, html.contains("Log in<"));
    }

    @Test
    public void theCallersNameIsEscaped() throws Exception {
        String html = render(FakeRequest.get("/").cookie(Cookies.SESSION, FakeAccounts.TOKEN), Map.of()).body();
        assertTrue(html, html.contains("Connecté·e : Camille &lt;Dupont&gt;"));
    }

    @Test
    public void theLanguageSwitchLeadsBackToThePage() throws Exception {
        String html = render(FakeRequest.get("/hello").query("page=2"), Map.of()).body();
        assertTrue(html, html.contains("<a href=\"/lang?to=en&amp;next=%2Fhello%3Fpage%3D2\" hreflang=\"en\" lang=\"en\">English</a>"));
    }

    @Test
    public void aFlashMessageIsShownOnceThenDeleted() throws Exception {
        FakeResponse response = render(FakeRequest.get("/").cookie(Cookies.FLASH, "Enregistr%C3%A9+%3Cb%3E"), Map.of());
        assertTrue(response.body(), response.body().contains("<div class=\"flash\" role=\"status\">Enregistré &lt;b&gt;</div>"));
        assertTrue(response.setCookie(Cookies.FLASH), response.setCookie(Cookies.FLASH).contains("Max-Age=0"));
    }

    @Test
    public void thePlatformsValuesWinOverTheModulesOwn() throws Exception {
        String html = render(FakeRequest.get("/"), Map.of("caller", Map.of("name", "Usurpateur"))).body();
        assertFalse(html, html.contains("Usurpateur"));
    }
}
