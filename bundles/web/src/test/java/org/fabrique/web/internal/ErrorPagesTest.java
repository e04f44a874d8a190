package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Language;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.junit.Test;

public class ErrorPagesTest {

    private final Site site = new Site();

    @Test
    public void anUnknownPathGetsTheFrenchNotFoundPageInTheLayout() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/nulle-part"));
        assertEquals(404, response.getStatus());
        assertTrue(response.body(), response.body().contains("<h1>Page introuvable</h1>"));
        assertTrue(response.body(), response.body().contains("<nav class=\"site-nav\""));
    }

    @Test
    public void aGetOnTheLogoutIsNotAllowed() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/deconnexion"));
        assertEquals(405, response.getStatus());
        assertEquals("POST", response.header("Allow"));
    }

    @Test
    public void anUnexpectedErrorGivesAReferenceAndNoStackTrace() throws Exception {
        FakeResponse response = error(new IllegalStateException("secret detail of the server"));
        String html = response.body();
        assertEquals(500, response.getStatus());
        assertTrue(html, html.contains("<h1>Erreur du serveur</h1>"));
        assertTrue(html, html.matches("(?s).*<code>[0-9a-f-]{36}</code>.*"));
        assertFalse(html, html.contains("secret detail"));
        assertFalse(html, html.contains("IllegalStateException"));
    }

    @Test
    public void aFormTheContainerCannotReadIsABadRequestNotAServerError() throws Exception {
        HttpServletRequest tooLarge = new javax.servlet.http.HttpServletRequestWrapper(FakeRequest.post("/deconnexion")) {
            @Override public java.util.Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("Form is larger than max length 200000");
            }
            @Override public String getParameter(String name) {
                throw new IllegalStateException("Form is larger than max length 200000");
            }
        };
        FakeResponse response = new FakeResponse();
        site.servlet.service(tooLarge, response);
        assertEquals(400, response.getStatus());
        assertFalse(response.body(), response.body().contains("max length"));
    }

    @Test
    public void aModuleRefusingAccessGivesTheForbiddenPage() throws Exception {
        FakeResponse response = error(new AccessDenied("Only moderators may do this."));
        assertEquals(403, response.getStatus());
        assertTrue(response.body(), response.body().contains("<h1>Accès refusé</h1>"));
    }

    @Test
    public void aModuleAskingForLoginSendsToTheLoginPageAndBack() throws Exception {
        FakeResponse response = error(new AuthenticationRequired("Log in to do this."));
        assertEquals(303, response.getStatus());
        assertEquals("/connexion?next=%2Fhello%2Fecrire", response.header("Location"));
    }

    @Test
    public void whenTheLayoutItselfFailsABarePageStillSaysWhat() throws Exception {
        FakeResponse response = new FakeResponse();
        FakeRequest request = FakeRequest.get("/hello").cookie(Cookies.SESSION, "any");
        PageRenderer broken = new PageRenderer() {
            @Override public void render(HttpServletRequest q, HttpServletResponse r, Page p) {
                throw new IllegalStateException("database down");
            }
            @Override public String fragment(Page page, Language language) {
                throw new IllegalStateException("database down");
            }
        };
        new ErrorPages(broken, site.visitors, Messages.load()).handle(request, response, new IllegalStateException("boom"));
        assertEquals(500, response.getStatus());
        assertTrue(response.body(), response.body().contains("<h1>Erreur du serveur</h1>"));
        assertFalse(response.body(), response.body().contains("database down"));
    }

    /** What the whiteboard does when a module's servlet throws on {@code /hello/ecrire}. */
    private FakeResponse error(Throwable thrown) throws Exception {
        FakeRequest request = FakeRequest.get("/fabrique-web-errors");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, thrown);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/hello/ecrire");
        FakeResponse response = new FakeResponse();
        site.errorServlet.service(request, response);
        return response;
    }
}
