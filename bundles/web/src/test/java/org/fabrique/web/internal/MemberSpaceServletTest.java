package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fabrique.core.AuditLog;
import org.fabrique.core.Conflict;
import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.Language;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.PersonalData;
import org.junit.Test;

/** {@code /me/*} through its servlet, around fakes of the core's services. */
public class MemberSpaceServletTest {

    private final Site site = new Site();
    private final String csrf = CsrfTokens.create();
    private final List<PersonChange> updates = new ArrayList<>();
    private final List<Object[]> recorded = new ArrayList<>();
    private final List<Long> erased = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final StructureAccessTest.FakeMemberships memberships = new StructureAccessTest.FakeMemberships();

    private final People people = Fakes.of(People.class, Map.of(
            "find", a -> Optional.of(new Person((Long) a[0], "Camille", "camille@example.org", null, Language.FR,
                    Instant.now(), Instant.now())),
            "update", a -> {
                PersonChange change = (PersonChange) a[1];
                if (change.email().equals("dominique@example.org")) {
                    throw new Conflict("email", "is already used");
                }
                updates.add(change);
                return null;
            }));
    private final Consents consents = Fakes.of(Consents.class, Map.of(
            "current", a -> List.of(new Consent(1, 7, "newsletter", "newsletter", true, Instant.now(), "api")),
            "record", a -> {
                recorded.add(a);
                return null;
            }));
    private final PersonalData personalData = Fakes.of(PersonalData.class, Map.of(
            "export", a -> Map.of("core", Map.of("person", Map.of("email", "camille@example.org"))),
            "erase", a -> {
                if ((Long) a[0] == 1L) {
                    throw new Conflict("role", "the last administrator cannot be erased");
                }
                erased.add((Long) a[0]);
                return null;
            }));
    private final AuditLog audit = Fakes.of(AuditLog.class, Map.of("record", a -> {
        audited.add((String) a[1]);
        return null;
    }));
    private final MemberSpaceServlet servlet = new MemberSpaceServlet(site.pages, site.visitors, people, memberships,
            consents, personalData, audit);

    private FakeResponse send(FakeRequest request) throws Exception {
        FakeResponse response = new FakeResponse();
        servlet.service(request, response);
        return response;
    }

    private FakeRequest post(String path, String token) {
        return FakeRequest.post(path).cookie(Cookies.SESSION, token).cookie(Cookies.CSRF, csrf).param("_csrf", csrf);
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageToComeBack() throws Exception {
        FakeResponse response = send(FakeRequest.get("/me"));
        assertEquals(303, response.getStatus());
        assertEquals("/connexion?next=%2Fme", response.header("Location"));
    }

    @Test
    public void theSpaceShowsTheProfileTheStructuresAndTheConsents() throws Exception {
        memberships.add(3, 7, org.fabrique.core.MembershipRole.MEMBER, org.fabrique.core.MembershipStatus.PENDING);
        String html = send(FakeRequest.get("/me").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body();
        assertTrue(html, html.contains("value=\"camille@example.org\""));
        assertTrue(html, html.contains("en attente"));
        assertTrue(html, html.contains("name=\"purpose\" value=\"newsletter\""));
        assertTrue(html, html.contains("href=\"/me/donnees.json\""));
    }

    @Test
    public void modulesAddTheirSectionsForThePersonAndAFailingOneIsLeftOut() throws Exception {
        servlet.sections = List.of(section("newsletter", 20, "Mes abonnements", "<p>Abonnements de %s</p>"),
                section("broken", 10, "Cassée", null));
        String html = send(FakeRequest.get("/me").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body();
        assertTrue(html, html.contains("<h2 id=\"section-newsletter\">Mes abonnements</h2>"));
        assertTrue(html, html.contains("<p>Abonnements de camille@example.org</p>"));
        assertTrue(html, !html.contains("Cassée"));
        servlet.sections = List.of();
        assertTrue(!send(FakeRequest.get("/me").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body()
                .contains("Mes abonnements"));
    }

    private static org.fabrique.web.MemberSection section(String id, int order, String title, String html) {
        return new org.fabrique.web.MemberSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String title(org.fabrique.core.Language language) {
                return title;
            }

            @Override
            public String html(org.fabrique.core.Caller caller, org.fabrique.core.Language language) {
                if (html == null) {
                    throw new IllegalStateException("this section fails");
                }
                return String.format(html, caller.email());
            }
        };
    }

    @Test
    public void anInvalidOrTakenAddressIsAnErrorOnTheField() throws Exception {
        FakeResponse invalid = send(post("/me", FakeAccounts.TOKEN).param("name", "Camille")
                .param("email", "pas-une-adresse").param("language", "fr"));
        assertEquals(400, invalid.getStatus());
        assertTrue(invalid.body(), invalid.body().contains("id=\"email-error\""));
        FakeResponse taken = send(post("/me", FakeAccounts.TOKEN).param("name", "Camille")
                .param("email", "dominique@example.org").param("language", "fr"));
        assertEquals(400, taken.getStatus());
        assertTrue(taken.body(), taken.body().contains("déjà utilisée"));
        assertTrue(updates.isEmpty());
    }

    @Test
    public void aValidProfileIsSavedWithTheRulesOfTheApi() throws Exception {
        FakeResponse response = send(post("/me", FakeAccounts.TOKEN).param("name", " Camille D. ")
                .param("email", "camille@example.org").param("phone", "").param("language", "en"));
        assertEquals(303, response.getStatus());
        assertEquals(new PersonChange("Camille D.", "camille@example.org", null, Language.EN), updates.get(0));
    }

    @Test
    public void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        FakeResponse response = send(FakeRequest.post("/me").cookie(Cookies.SESSION, FakeAccounts.TOKEN)
                .param("name", "X").param("email", "x@example.org"));
        assertEquals(403, response.getStatus());
        assertTrue(updates.isEmpty());
    }

    @Test
    public void withdrawingRecordsARefusalFromTheMemberSpace() throws Exception {
        FakeResponse response = send(post("/me/consentements", FakeAccounts.TOKEN).param("purpose", "newsletter")
                .param("scope", "newsletter"));
        assertEquals(303, response.getStatus());
        assertEquals(7L, recorded.get(0)[0]);
        assertEquals(new ConsentChange("newsletter", "newsletter", false), recorded.get(0)[1]);
        assertEquals("espace membre", recorded.get(0)[2]);
    }

    @Test
    public void theDownloadIsAJsonAttachment() throws Exception {
        FakeResponse response = send(FakeRequest.get("/me/donnees.json").cookie(Cookies.SESSION, FakeAccounts.TOKEN));
        assertTrue(response.getContentType().startsWith("application/json"));
        assertTrue(response.header("Content-Disposition").startsWith("attachment"));
        assertTrue(response.body(), response.body().contains("\"email\" : \"camille@example.org\""));
    }

    @Test
    public void onlyOnesOwnMembershipCanBeLeftHere() throws Exception {
        long other = memberships.add(3, 8, org.fabrique.core.MembershipRole.MEMBER,
                org.fabrique.core.MembershipStatus.ACTIVE).id();
        assertEquals(404, send(post("/me/structures/" + other + "/quitter", FakeAccounts.TOKEN)).getStatus());
        long own = memberships.add(3, 7, org.fabrique.core.MembershipRole.MEMBER,
                org.fabrique.core.MembershipStatus.ACTIVE).id();
        assertEquals(303, send(post("/me/structures/" + own + "/quitter", FakeAccounts.TOKEN)).getStatus());
        assertTrue(memberships.find(own).isEmpty());
        assertFalse(memberships.find(other).isEmpty());
    }

    @Test
    public void deletingNeedsTheWordThenErasesAndEndsTheSession() throws Exception {
        FakeResponse wrong = send(post("/me/suppression", FakeAccounts.TOKEN).param("confirmation", "oui"));
        assertEquals(400, wrong.getStatus());
        assertTrue(erased.isEmpty());
        FakeResponse done = send(post("/me/suppression", FakeAccounts.TOKEN).param("confirmation", "supprimer"));
        assertEquals(303, done.getStatus());
        assertEquals("/me/au-revoir", done.header("Location"));
        assertEquals(List.of(7L), erased);
        assertEquals(List.of("person.erase"), audited);
        assertTrue(done.setCookie(Cookies.SESSION).contains("Max-Age=0"));
    }

    @Test
    public void theLastAdministratorGetsTheRefusalInFrench() throws Exception {
        FakeResponse response = send(post("/me/suppression", "token-of-admin").cookie(Cookies.LANGUAGE, "fr")
                .param("confirmation", "SUPPRIMER"));
        assertEquals(409, response.getStatus());
        assertTrue(response.body(), response.body().contains("dernière personne administratrice"));
        assertNull(response.setCookie(Cookies.SESSION));
        assertTrue(audited.isEmpty());
    }
}
