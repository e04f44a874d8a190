package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fabrique.core.AuditLog;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.junit.Test;

/** {@code /structures/*} through its servlet: what each visitor sees and may do (docs/permissions.md). */
public class DirectoryServletTest {

    private static final long S = 3;
    private final Site site = new Site();
    private final String csrf = CsrfTokens.create();
    private final List<Object[]> listed = new ArrayList<>();
    private final List<StructureChange> updates = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final StructureAccessTest.FakeMemberships memberships = new StructureAccessTest.FakeMemberships();
    private final Structure cafe = new Structure(S, "Café Solidaire", StructureKind.PUBLIC_BODY, null, null, null,
            "Jacquard", "https://cafe.example.org", "Un café.", Instant.now(), Instant.now());

    private final Structures structures = Fakes.of(Structures.class, Map.of(
            "list", a -> {
                listed.add(a);
                return new Page<>(List.of(cafe), ((PageRequest) a[0]).page(), ((PageRequest) a[0]).size(), 25);
            },
            "find", a -> (Long) a[0] == S ? Optional.of(cafe) : Optional.empty(),
            "update", a -> {
                updates.add((StructureChange) a[1]);
                return cafe;
            }));
    private final AuditLog audit = Fakes.of(AuditLog.class, Map.of("record", a -> {
        audited.add((String) a[1]);
        return null;
    }));
    private final DirectoryServlet servlet = new DirectoryServlet(site.pages, site.visitors, structures, memberships,
            audit);

    private FakeResponse send(FakeRequest request) throws Exception {
        FakeResponse response = new FakeResponse();
        servlet.service(request, response);
        return response;
    }

    private FakeRequest post(String path) {
        return FakeRequest.post(path).cookie(Cookies.SESSION, FakeAccounts.TOKEN).cookie(Cookies.CSRF, csrf)
                .param("_csrf", csrf);
    }

    @Test
    public void theListIsPublicFilteredAndPagedInFrench() throws Exception {
        FakeResponse response = send(FakeRequest.get("/structures").param("q", "café").param("type", "public_body")
                .param("page", "2"));
        String html = response.body();
        assertEquals(200, response.getStatus());
        assertEquals(new PageRequest(1, DirectoryPage.PAGE_SIZE, "café"), listed.get(0)[0]);
        assertEquals(StructureKind.PUBLIC_BODY, listed.get(0)[1]);
        assertTrue(html, html.contains("<span class=\"kind\">Organisme public</span>"));
        assertTrue(html, html.contains("href=\"/structures?q=caf%C3%A9&amp;type=public_body&amp;page=3\""));
        assertTrue(html, html.contains("Page 2 sur 3"));
        assertTrue(html, html.contains("<option value=\"public_body\" selected>"));
    }

    @Test
    public void anUnknownStructureIsTheNotFoundPage() throws Exception {
        assertEquals(404, send(FakeRequest.get("/structures/99")).getStatus());
        assertEquals(404, send(FakeRequest.get("/structures/abc")).getStatus());
    }

    @Test
    public void aPersonWithoutMembershipAsksToJoinAndWaits() throws Exception {
        assertTrue(send(FakeRequest.get("/structures/3").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body()
                .contains("Demander à rejoindre"));
        assertEquals(303, send(post("/structures/3/rejoindre")).getStatus());
        assertEquals(MembershipStatus.PENDING, memberships.ofPerson(7).get(0).status());
        assertEquals(MembershipRole.MEMBER, memberships.ofPerson(7).get(0).role());
        String html = send(FakeRequest.get("/structures/3").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body();
        assertFalse(html, html.contains("Demander à rejoindre"));
        assertTrue(html, html.contains("en attente"));
    }

    @Test
    public void anActiveMemberSeesMembersButMayNotAcceptOrEdit() throws Exception {
        memberships.add(S, 7, MembershipRole.MEMBER, MembershipStatus.ACTIVE);
        long request = memberships.add(S, 8, MembershipRole.MEMBER, MembershipStatus.PENDING).id();
        String html = send(FakeRequest.get("/structures/3").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body();
        assertTrue(html, html.contains("id=\"membres\""));
        assertFalse(html, html.contains("id=\"demandes\""));
        assertEquals(403, send(post("/structures/3/membres/" + request).param("action", "accepter")).getStatus());
        assertEquals(403, send(post("/structures/3/membres/" + request).param("action", "refuser")).getStatus());
        assertEquals(403, send(FakeRequest.get("/structures/3/modifier").cookie(Cookies.SESSION, FakeAccounts.TOKEN))
                .getStatus());
        assertEquals(MembershipStatus.PENDING, memberships.find(request).orElseThrow().status());
    }

    @Test
    public void aCoordinatorAcceptsChangesRolesAndEdits() throws Exception {
        memberships.add(S, 7, MembershipRole.COORDINATOR, MembershipStatus.ACTIVE);
        long request = memberships.add(S, 8, MembershipRole.MEMBER, MembershipStatus.PENDING).id();
        assertTrue(send(FakeRequest.get("/structures/3").cookie(Cookies.SESSION, FakeAccounts.TOKEN)).body()
                .contains("id=\"demandes\""));
        assertEquals(303, send(post("/structures/3/membres/" + request).param("action", "accepter")).getStatus());
        assertEquals(MembershipStatus.ACTIVE, memberships.find(request).orElseThrow().status());
        assertEquals(303, send(post("/structures/3/membres/" + request).param("action", "role")
                .param("role", "staff")).getStatus());
        assertEquals(MembershipRole.STAFF, memberships.find(request).orElseThrow().role());

        FakeResponse invalid = send(post("/structures/3/modifier").param("name", "Café").param("kind", "venue")
                .param("website", "pas une adresse"));
        assertEquals(400, invalid.getStatus());
        assertTrue(invalid.body(), invalid.body().contains("id=\"website-error\""));
        assertEquals(303, send(post("/structures/3/modifier").param("name", "Café").param("kind", "venue")
                .param("neighbourhood", "Jacquard")).getStatus());
        assertEquals(StructureKind.VENUE, updates.get(0).kind());
        assertEquals(List.of("membership.change", "membership.change", "structure.update"), audited);
    }

    @Test
    public void aStructureInAnotherHandIsNotEditable() throws Exception {
        memberships.add(S + 1, 7, MembershipRole.COORDINATOR, MembershipStatus.ACTIVE);
        assertEquals(403, send(post("/structures/3/modifier").param("name", "Café").param("kind", "venue"))
                .getStatus());
        assertEquals(303, send(FakeRequest.get("/structures/3/modifier")).getStatus());
        assertTrue(updates.isEmpty());
    }
}
