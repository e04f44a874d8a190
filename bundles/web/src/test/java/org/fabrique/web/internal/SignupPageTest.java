package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.fabrique.core.Language;
import org.fabrique.core.Person;
import org.fabrique.mail.Mail;
import org.junit.Test;

/** {@code /inscription}: the same rules as the API, errors next to the fields, a confirmation mail. */
public class SignupPageTest {

    private final AccountSite site = new AccountSite();

    private FakeRequest signup(String name, String email, String password, String confirmation, boolean consent) {
        FakeRequest request = site.post("/inscription").param("name", name).param("email", email)
                .param("password", password).param("passwordConfirmation", confirmation);
        return consent ? request.param("consent", "yes") : request;
    }

    @Test
    public void theFormHasLabelsAutocompleteAndTheConsent() throws Exception {
        String html = site.get(FakeRequest.get("/inscription").cookie(Cookies.CSRF, site.csrf)).body();
        assertTrue(html, html.contains("<label for=\"name\">Nom"));
        assertTrue(html, html.contains("autocomplete=\"name\""));
        assertTrue(html, html.contains("autocomplete=\"email\""));
        assertTrue(html, html.contains("autocomplete=\"new-password\""));
        assertTrue(html, html.contains("J&#39;accepte que la Fabrique conserve mes informations pour gérer mon compte")
                || html.contains("J'accepte que la Fabrique conserve mes informations pour gérer mon compte"));
        assertTrue(html, html.contains("name=\"_csrf\" value=\"" + site.csrf + "\""));
    }

    @Test
    public void eachWrongFieldHasItsMessageAndNothingIsCreated() throws Exception {
        FakeResponse response = site.get(signup("", "pas-une-adresse", "court", "autre", false));
        String html = response.body();
        assertEquals(400, response.getStatus());
        assertTrue(html, html.contains("id=\"name-error\""));
        assertTrue(html, html.contains("Saisissez une adresse e-mail valide"));
        assertTrue(html, html.contains("Le mot de passe doit avoir au moins 10 caractères."));
        assertTrue(html, html.contains("Les deux mots de passe ne sont pas identiques."));
        assertTrue(html, html.contains("id=\"consent-error\""));
        assertTrue(html, html.contains("value=\"pas-une-adresse\""));
        assertFalse(html, html.contains("value=\"court\""));
        assertTrue(site.world.people.isEmpty());
        assertTrue(site.world.mails.isEmpty());
    }

    @Test
    public void anAddressAlreadyUsedIsAnErrorOnTheField() throws Exception {
        site.world.person("Camille", "camille@example.org", "a long secret");
        FakeResponse response = site.get(signup("Camille bis", "Camille@Example.org", "un long secret", "un long secret", true));
        assertEquals(400, response.getStatus());
        assertTrue(response.body(), response.body().contains("<p class=\"field-error\" id=\"email-error\">"));
        assertTrue(response.body(), response.body().contains("Cette adresse a déjà un compte."));
        assertEquals(1, site.world.people.size());
        assertTrue(site.world.mails.isEmpty());
    }

    @Test
    public void aGoodFormCreatesTheAccountRecordsTheConsentAndSendsTheLink() throws Exception {
        FakeResponse response = site.get(signup("Léa Martin", "lea@example.org", "un long secret", "un long secret", true));
        assertEquals(200, response.getStatus());
        assertTrue(response.body(), response.body().contains("Vérifiez votre boîte mail"));

        Person lea = site.world.people.values().iterator().next();
        assertEquals(Language.FR, lea.language());
        assertEquals("un long secret", site.world.passwords.get(lea.id()));
        assertTrue(site.world.mustConfirm.contains(lea.id()));
        assertEquals(List.of(lea.id() + " account core true inscription"), site.world.consents);
        Mail mail = site.world.mails.get(0);
        assertEquals(List.of("lea@example.org"), mail.to());
        assertEquals("Confirmez votre adresse e-mail", mail.subject());
        String link = "https://fabrique.example.org/confirmation?jeton=" + site.world.tokenOfLastMail();
        assertTrue(mail.text(), mail.text().contains(link));
        assertTrue(mail.html(), mail.html().contains("href=\"" + link + "\""));
        assertNull(response.setCookie(Cookies.SESSION));
    }

    @Test
    public void anEnglishPageSendsAnEnglishMailAndKeepsTheLanguage() throws Exception {
        site.get(signup("Lea", "lea@example.org", "a long secret", "a long secret", true).cookie(Cookies.LANGUAGE, "en"));
        assertEquals("Confirm your e-mail address", site.world.mails.get(0).subject());
        assertEquals(Language.EN, site.world.people.values().iterator().next().language());
    }

    @Test
    public void withoutItsCsrfTokenTheFormIsRefused() throws Exception {
        FakeResponse response = site.get(FakeRequest.post("/inscription").param("name", "Léa")
                .param("email", "lea@example.org").param("password", "un long secret")
                .param("passwordConfirmation", "un long secret").param("consent", "yes"));
        assertEquals(403, response.getStatus());
        assertTrue(site.world.people.isEmpty());
    }
}
