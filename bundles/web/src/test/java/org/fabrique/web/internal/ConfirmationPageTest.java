package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.fabrique.core.Person;
import org.junit.Test;

/** {@code /confirmation} and {@code /confirmation/renvoyer}. */
public class ConfirmationPageTest {

    private final AccountSite site = new AccountSite();

    private Person signedUp() throws Exception {
        site.get(site.post("/inscription").param("name", "Léa").param("email", "lea@example.org")
                .param("password", "un long secret").param("passwordConfirmation", "un long secret")
                .param("consent", "yes"));
        return site.world.people.values().iterator().next();
    }

    @Test
    public void theLinkConfirmsOnceThenOffersANewOne() throws Exception {
        Person lea = signedUp();
        String token = site.world.tokenOfLastMail();

        FakeResponse first = site.get(FakeRequest.get("/confirmation").param("jeton", token));
        assertEquals(200, first.getStatus());
        assertTrue(first.body(), first.body().contains("Adresse confirmée"));
        assertTrue(first.body(), first.body().contains("href=\"/connexion\""));
        assertTrue(site.world.confirmed.contains(lea.id()));

        FakeResponse again = site.get(FakeRequest.get("/confirmation").param("jeton", token));
        assertEquals(400, again.getStatus());
        assertTrue(again.body(), again.body().contains("Ce lien de confirmation a expiré ou a déjà servi."));
        assertTrue(again.body(), again.body().contains("action=\"/confirmation/renvoyer\""));
    }

    @Test
    public void aMissingTokenIsAnExpiredLink() throws Exception {
        FakeResponse response = site.get(FakeRequest.get("/confirmation"));
        assertEquals(400, response.getStatus());
        assertTrue(response.body(), response.body().contains("Lien expiré ou déjà utilisé"));
    }

    @Test
    public void resendingAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        signedUp();
        site.world.mails.clear();
        FakeResponse known = site.get(site.post("/confirmation/renvoyer").param("email", "lea@example.org"));
        FakeResponse unknown = site.get(site.post("/confirmation/renvoyer").param("email", "personne@example.org"));

        assertEquals(200, known.getStatus());
        assertEquals(known.getStatus(), unknown.getStatus());
        assertEquals(known.body().replace(site.csrf, ""), unknown.body().replace(site.csrf, ""));
        assertEquals(1, site.world.mails.size());
        assertTrue(site.world.mails.get(0).text().contains("/confirmation?jeton="));
    }

    @Test
    public void aConfirmedAddressGetsNoNewLink() throws Exception {
        Person lea = signedUp();
        site.world.confirmed.add(lea.id());
        site.world.mails.clear();
        site.get(site.post("/confirmation/renvoyer").param("email", "lea@example.org"));
        assertTrue(site.world.mails.isEmpty());
    }
}
