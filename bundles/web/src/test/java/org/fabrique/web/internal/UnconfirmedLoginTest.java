package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.fabrique.core.Person;
import org.junit.Test;

/** The login form tells a person who signed up to confirm their address first, and how to get a new link. */
public class UnconfirmedLoginTest {

    private final AccountSite site = new AccountSite();
    private final SiteServlet siteServlet = new SiteServlet(site.pages, site.visitors, site.world.accounts(),
            new InstalledModules());

    private FakeResponse login(String password) throws Exception {
        FakeResponse response = new FakeResponse();
        siteServlet.service(site.post("/connexion").param("email", "lea@example.org").param("password", password), response);
        return response;
    }

    @Test
    public void rightCredentialsBeforeConfirmationSayWhatToDo() throws Exception {
        Person lea = site.world.person("Léa", "lea@example.org", "un long secret");
        site.world.mustConfirm.add(lea.id());

        FakeResponse response = login("un long secret");
        assertEquals(400, response.getStatus());
        assertTrue(response.body(), response.body().contains("Confirmez d&#39;abord votre adresse e-mail")
                || response.body().contains("Confirmez d'abord votre adresse e-mail"));
        assertTrue(response.body(), response.body().contains("href=\"/confirmation/renvoyer\""));
        assertNull(response.setCookie(Cookies.SESSION));

        site.world.confirmed.add(lea.id());
        assertEquals(303, login("un long secret").getStatus());
    }

    @Test
    public void theLoginPageLinksToSignUpAndForgottenPassword() throws Exception {
        FakeResponse response = new FakeResponse();
        siteServlet.service(FakeRequest.get("/connexion"), response);
        assertTrue(response.body(), response.body().contains("<a href=\"/inscription\">Créer un compte</a>"));
        assertTrue(response.body(), response.body().contains("<a href=\"/mot-de-passe-oublie\">Mot de passe oublié ?</a>"));
    }
}
