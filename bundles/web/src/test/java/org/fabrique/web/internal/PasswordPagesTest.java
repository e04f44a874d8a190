package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.fabrique.core.Person;
import org.junit.Test;

/** {@code /mot-de-passe-oublie}, {@code /mot-de-passe/nouveau} and {@code /mot-de-passe}. */
public class PasswordPagesTest {

    private final AccountSite site = new AccountSite();
    private final Person camille = site.world.person("Camille", "camille@example.org", "a long secret");

    @Test
    public void forgottenPasswordAnswersTheSameWhetherTheAddressIsKnownOrNot() throws Exception {
        FakeResponse known = site.get(site.post("/mot-de-passe-oublie").param("email", "camille@example.org"));
        FakeResponse unknown = site.get(site.post("/mot-de-passe-oublie").param("email", "personne@example.org"));

        assertEquals(200, known.getStatus());
        assertEquals(known.getStatus(), unknown.getStatus());
        assertEquals(known.body().replace(site.csrf, ""), unknown.body().replace(site.csrf, ""));
        assertTrue(known.body(), known.body().contains("Vérifiez votre boîte mail"));
        assertEquals(1, site.world.mails.size());
        assertEquals("Choisir un nouveau mot de passe", site.world.mails.get(0).subject());
        assertTrue(site.world.mails.get(0).text().contains("https://fabrique.example.org/mot-de-passe/nouveau?jeton="));
    }

    @Test
    public void forgottenPasswordWantsAnAddress() throws Exception {
        FakeResponse response = site.get(site.post("/mot-de-passe-oublie").param("email", ""));
        assertEquals(400, response.getStatus());
        assertTrue(response.body(), response.body().contains("id=\"email-error\""));
    }

    @Test
    public void theResetLinkSetsThePasswordAndLogsIn() throws Exception {
        site.get(site.post("/mot-de-passe-oublie").param("email", "camille@example.org"));
        String token = site.world.tokenOfLastMail();

        String form = site.get(FakeRequest.get("/mot-de-passe/nouveau").param("jeton", token)
                .cookie(Cookies.CSRF, site.csrf)).body();
        assertTrue(form, form.contains("name=\"jeton\" value=\"" + token + "\""));

        FakeResponse mismatch = site.get(site.post("/mot-de-passe/nouveau").param("jeton", token)
                .param("password", "a new long secret").param("passwordConfirmation", "another one"));
        assertEquals(400, mismatch.getStatus());
        assertTrue(mismatch.body(), mismatch.body().contains("Les deux mots de passe ne sont pas identiques."));

        FakeResponse done = site.get(site.post("/mot-de-passe/nouveau").param("jeton", token)
                .param("password", "a new long secret").param("passwordConfirmation", "a new long secret"));
        assertEquals(303, done.getStatus());
        assertEquals("/", done.header("Location"));
        assertNotNull(done.setCookie(Cookies.SESSION));
        assertNotNull(done.setCookie(Cookies.FLASH));
        assertEquals("a new long secret", site.world.passwords.get(camille.id()));

        FakeResponse used = site.get(site.post("/mot-de-passe/nouveau").param("jeton", token)
                .param("password", "a third secret!").param("passwordConfirmation", "a third secret!"));
        assertEquals(400, used.getStatus());
        assertTrue(used.body(), used.body().contains("Ce lien a expiré ou a déjà servi."));
    }

    @Test
    public void aWeakNewPasswordKeepsTheLinkUsable() throws Exception {
        site.get(site.post("/mot-de-passe-oublie").param("email", "camille@example.org"));
        String token = site.world.tokenOfLastMail();
        FakeResponse weak = site.get(site.post("/mot-de-passe/nouveau").param("jeton", token)
                .param("password", "short").param("passwordConfirmation", "short"));
        assertEquals(400, weak.getStatus());
        assertTrue(weak.body(), weak.body().contains("au moins 10 caractères"));
        assertTrue(site.world.oneTimeTokens.containsKey(token));
    }

    @Test
    public void changingThePasswordNeedsALogin() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/mot-de-passe"));
        assertEquals(303, response.getStatus());
        assertTrue(response.header("Location"), response.header("Location").startsWith("/connexion?next="));
    }

    @Test
    public void changingThePasswordChecksTheCurrentOneThenRenewsTheSession() throws Exception {
        String session = site.world.sessionOf(camille.id());
        FakeResponse wrong = site.get(site.post("/mot-de-passe").cookie(Cookies.SESSION, session)
                .param("currentPassword", "not it").param("password", "a new long secret")
                .param("passwordConfirmation", "a new long secret"));
        assertEquals(400, wrong.getStatus());
        assertTrue(wrong.body(), wrong.body().contains("Ce n&#39;est pas votre mot de passe actuel.")
                || wrong.body().contains("Ce n'est pas votre mot de passe actuel."));
        assertEquals("a long secret", site.world.passwords.get(camille.id()));

        FakeResponse done = site.get(site.post("/mot-de-passe").cookie(Cookies.SESSION, session)
                .param("currentPassword", "a long secret").param("password", "a new long secret")
                .param("passwordConfirmation", "a new long secret"));
        assertEquals(303, done.getStatus());
        assertEquals("a new long secret", site.world.passwords.get(camille.id()));
        assertEquals(java.util.List.of(camille.id()), site.world.loggedOutEverywhere);
        assertFalse(site.world.sessions.containsKey(session));
        String cookie = done.setCookie(Cookies.SESSION);
        assertTrue(cookie, cookie.startsWith("fabrique_session=session-"));
    }
}
