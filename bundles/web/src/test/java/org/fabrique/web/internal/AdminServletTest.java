package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.Roles;
import org.fabrique.core.Structure;
import org.fabrique.core.StructureChange;
import org.fabrique.core.StructureKind;
import org.fabrique.core.Structures;
import org.junit.Test;

/** {@code /admin/*} through its servlet: administrators only, confirm then POST, the audit records. */
public class AdminServletTest {

    private static final String ADMIN_TOKEN = "token-of-admin";
    private final Site site = new Site();
    private final String csrf = CsrfTokens.create();
    private final List<String> audited = new ArrayList<>();
    private final List<String> operations = new ArrayList<>();
    private final List<Object> listed = new ArrayList<>();
    private boolean helloInstalled;
    private boolean failing;
    private final Map<Long, Set<String>> granted = new HashMap<>();

    private final Modules modules = Fakes.of(Modules.class, Map.of(
            "available", a -> List.of(new ModuleState("hello", "fabrique-hello", "1.0.0", "Un livre d'or",
                    helloInstalled, helloInstalled)),
            "install", a -> operate("install", (String) a[0], true),
            "uninstall", a -> operate("uninstall", (String) a[0], false)));
    private final Person admin = new Person(1, "Admin", "admin@example.org", null, Language.FR, Instant.now(),
            Instant.now());
    private final Person camille = new Person(7, "Camille", "camille@example.org", null, Language.FR, Instant.now(),
            Instant.now());
    private final People people = Fakes.of(People.class, Map.of(
            "list", a -> {
                listed.add(a[0]);
                return new Page<>(List.of(admin, camille), ((PageRequest) a[0]).page(), ((PageRequest) a[0]).size(),
                        45);
            },
            "find", a -> Optional.ofNullable((Long) a[0] == 1 ? admin : (Long) a[0] == 7 ? camille : null)));
    private final Roles roles = Fakes.of(Roles.class, Map.of(
            "of", a -> Set.copyOf(granted.getOrDefault((Long) a[0], Set.of())),
            "grantable", a -> Set.of(Caller.ADMIN),
            "grant", a -> granted.computeIfAbsent((Long) a[0], k -> new HashSet<>()).add((String) a[1]),
            "revoke", a -> granted.computeIfAbsent((Long) a[0], k -> new HashSet<>()).remove((String) a[1])));
    private final AuditLog audit = Fakes.of(AuditLog.class, Map.of(
            "record", a -> {
                audited.add(a[0] + " " + a[1] + " " + a[2] + " " + a[3]);
                return null;
            },
            "list", a -> {
                listed.add(a[0]);
                return new Page<>(List.of(new AuditEntry(4, Instant.parse("2026-05-01T10:00:00Z"), 1L,
                        "module.install", "module/hello", "1.0.0")), 0, 50, 1);
            }));
    private final List<StructureChange> created = new ArrayList<>();
    private final Structures structures = Fakes.of(Structures.class, Map.of(
            "list", a -> new Page<>(List.of(), 0, 20, 0),
            "create", a -> {
                StructureChange change = (StructureChange) a[0];
                created.add(change);
                return new Structure(12, change.name(), change.kind(), null, null, null, null, null, null,
                        Instant.now(), Instant.now());
            }));
    private final AdminServlet servlet = new AdminServlet(site.pages, site.visitors, modules, people, roles,
            structures, audit);

    {
        granted.put(1L, new HashSet<>(Set.of(Caller.ADMIN)));
    }

    private ModuleState operate(String operation, String id, boolean installed) {
        if (failing) {
            throw new FabriqueException(409, "Module operation failed", null, "Could not " + operation + " " + id) {
                private static final long serialVersionUID = 1L;
            };
        }
        operations.add(operation + " " + id);
        helloInstalled = installed;
        return new ModuleState(id, "fabrique-" + id, "1.0.0", "", installed, installed);
    }

    private FakeResponse send(FakeRequest request) throws Exception {
        FakeResponse response = new FakeResponse();
        servlet.service(request, response);
        return response;
    }

    private FakeRequest get(String path, String token) {
        return FakeRequest.get(path).cookie(Cookies.SESSION, token).cookie(Cookies.LANGUAGE, "fr");
    }

    private FakeRequest post(String path, String token) {
        return FakeRequest.post(path).cookie(Cookies.SESSION, token).cookie(Cookies.LANGUAGE, "fr").cookie(Cookies.CSRF, csrf)
                .param("_csrf", csrf);
    }

    private static String flash(FakeResponse response) {
        return java.net.URLDecoder.decode(response.setCookie(Cookies.FLASH), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    public void anAnonymousVisitorIsSentToTheLoginPageAndComesBack() throws Exception {
        for (String path : List.of("/admin", "/admin/personnes", "/admin/journal", "/admin/modules/hello/installer")) {
            FakeResponse response = send(FakeRequest.get(path));
            assertEquals(path, 303, response.getStatus());
            assertTrue(response.header("Location"), response.header("Location").startsWith("/connexion?next=%2Fadmin"));
        }
    }

    @Test
    public void aMemberWhoIsNotAdministratorGetsTheFrench403PageAndChangesNothing() throws Exception {
        for (String path : List.of("/admin", "/admin/personnes", "/admin/journal", "/admin/modules/hello/installer",
                "/admin/ailleurs")) {
            FakeResponse response = send(get(path, FakeAccounts.TOKEN));
            assertEquals(path, 403, response.getStatus());
            assertTrue(response.body().contains("Accès refusé"));
        }
        assertEquals(403, send(post("/admin/modules/hello/installer", FakeAccounts.TOKEN)).getStatus());
        assertEquals(403, send(post("/admin/personnes/7/accorder", FakeAccounts.TOKEN).param("role", "admin"))
                .getStatus());
        assertTrue(operations.isEmpty());
        assertTrue(audited.isEmpty());
        assertEquals(Set.of(), roles.of(7));
    }

    @Test
    public void theModulesPageShowsEachModuleAndItsStateInFrench() throws Exception {
        FakeResponse response = send(get("/admin", ADMIN_TOKEN));
        String html = response.body();
        assertEquals(200, response.getStatus());
        assertTrue(html, html.contains("fabrique-hello"));
        assertTrue(html, html.contains("non installé"));
        assertTrue(html, html.contains("href=\"/admin/modules/hello/installer\""));
        assertTrue(html, html.contains("href=\"/admin/personnes\""));
        helloInstalled = true;
        html = send(get("/admin", ADMIN_TOKEN)).body();
        assertTrue(html, html.contains("démarré"));
        assertTrue(html, html.contains("href=\"/admin/modules/hello/desinstaller\""));
    }

    @Test
    public void installingAsksForConfirmationThenThePostInstallsAuditsAndRedirects() throws Exception {
        FakeResponse confirm = send(get("/admin/modules/hello/installer", ADMIN_TOKEN));
        assertEquals(200, confirm.getStatus());
        assertTrue(confirm.body(), confirm.body().contains("Voulez-vous vraiment installer le module « hello » ?"));
        assertTrue(confirm.body(), confirm.body().contains("action=\"/admin/modules/hello/installer\""));
        assertTrue(confirm.body(), confirm.body().contains("Confirmer"));
        assertTrue("showing the confirmation changes nothing", operations.isEmpty());

        assertEquals("without the CSRF field", 403, send(FakeRequest.post("/admin/modules/hello/installer")
                .cookie(Cookies.SESSION, ADMIN_TOKEN).cookie(Cookies.CSRF, csrf)).getStatus());
        assertTrue(operations.isEmpty());

        FakeResponse done = send(post("/admin/modules/hello/installer", ADMIN_TOKEN));
        assertEquals(303, done.getStatus());
        assertEquals("/admin", done.header("Location"));
        assertTrue(flash(done), flash(done).contains("Le module « hello » est installé."));
        assertEquals(List.of("install hello"), operations);
        assertEquals(List.of("1 module.install module/hello 1.0.0"), audited);

        assertEquals(303, send(post("/admin/modules/hello/desinstaller", ADMIN_TOKEN)).getStatus());
        assertEquals(List.of("install hello", "uninstall hello"), operations);
        assertEquals("1 module.uninstall module/hello 1.0.0", audited.get(1));
    }

    @Test
    public void anUnknownModuleIsTheNotFoundPage() throws Exception {
        assertEquals(404, send(get("/admin/modules/inconnu/installer", ADMIN_TOKEN)).getStatus());
        assertEquals(404, send(post("/admin/modules/inconnu/installer", ADMIN_TOKEN)).getStatus());
        assertTrue(operations.isEmpty());
    }

    @Test
    public void aFailedOperationIsToldInFrenchAroundTheCoresMessage() throws Exception {
        failing = true;
        FakeResponse response = send(post("/admin/modules/hello/installer", ADMIN_TOKEN));
        assertEquals(303, response.getStatus());
        assertTrue(flash(response), flash(response).contains("n'a pas pu être installé"));
        assertTrue(flash(response), flash(response).contains("Could not install hello"));
        assertTrue(audited.isEmpty());
    }

    @Test
    public void peopleAreSearchedPagedAndShownWithTheirRoles() throws Exception {
        FakeResponse response = send(get("/admin/personnes", ADMIN_TOKEN).param("q", "cam").param("page", "2"));
        String html = response.body();
        assertEquals(200, response.getStatus());
        assertEquals(new PageRequest(1, AdminPeoplePage.PAGE_SIZE, "cam"), listed.get(0));
        assertTrue(html, html.contains("Page 2 sur 3"));
        assertTrue(html, html.contains("href=\"/admin/personnes?q=cam&amp;page=3\""));
        assertTrue(html, html.contains("action=\"/admin/personnes/7/accorder\""));
        assertFalse("an administrator's own admin role has no revoke button",
                html.contains("action=\"/admin/personnes/1/retirer\""));
    }

    @Test
    public void aRoleIsGrantedAndRevokedWithTheAuditButNotOnesOwnAdminRole() throws Exception {
        assertEquals(303, send(post("/admin/personnes/7/accorder", ADMIN_TOKEN).param("role", "admin")).getStatus());
        assertEquals(Set.of("admin"), roles.of(7));
        assertTrue(send(get("/admin/personnes", ADMIN_TOKEN)).body().contains("action=\"/admin/personnes/7/retirer\""));
        assertEquals(303, send(post("/admin/personnes/7/retirer", ADMIN_TOKEN).param("role", "admin")).getStatus());
        assertEquals(Set.of(), roles.of(7));
        assertEquals(List.of("1 role.grant person/7 admin", "1 role.revoke person/7 admin"), audited);

        assertEquals(400, send(post("/admin/personnes/1/retirer", ADMIN_TOKEN).param("role", "admin")).getStatus());
        assertEquals(Set.of("admin"), roles.of(1));
        FakeResponse unknown = send(post("/admin/personnes/7/accorder", ADMIN_TOKEN).param("role", "hello.moderator"));
        assertTrue(flash(unknown), flash(unknown).contains("ne peut pas être accordé"));
        assertEquals(404, send(post("/admin/personnes/99/accorder", ADMIN_TOKEN).param("role", "admin")).getStatus());
        assertEquals(2, audited.size());
    }

    @Test
    public void theJournalIsFilteredAndShowsTheEntries() throws Exception {
        FakeResponse response = send(get("/admin/journal", ADMIN_TOKEN).param("q", "module"));
        assertEquals(200, response.getStatus());
        assertEquals(new PageRequest(0, AdminJournalPage.PAGE_SIZE, "module"), listed.get(0));
        assertTrue(response.body(), response.body().contains("module.install"));
        assertTrue(response.body(), response.body().contains("01/05/2026 12:00:00"));
    }

    @Test
    public void aStructureIsCreatedWithTheErrorsNextToTheFields() throws Exception {
        assertEquals(403, send(post("/admin/structures", FakeAccounts.TOKEN).param("name", "Café")
                .param("kind", "venue")).getStatus());
        FakeResponse invalid = send(post("/admin/structures", ADMIN_TOKEN).param("name", "").param("kind", "venue")
                .param("website", "pas une adresse"));
        assertEquals(400, invalid.getStatus());
        assertTrue(invalid.body(), invalid.body().contains("id=\"website-error\""));
        assertTrue(invalid.body(), invalid.body().contains("id=\"name-error\""));
        assertTrue(created.isEmpty());
        FakeResponse done = send(post("/admin/structures", ADMIN_TOKEN).param("name", "Café Solidaire")
                .param("kind", "venue"));
        assertEquals(303, done.getStatus());
        assertEquals("/admin/structures", done.header("Location"));
        assertEquals(StructureKind.VENUE, created.get(0).kind());
        assertEquals(List.of("1 structure.create structure/12 Café Solidaire"), audited);
        assertTrue(send(get("/admin/structures", ADMIN_TOKEN)).body().contains("Créer une structure"));
    }
}
