package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.fabrique.distribution.Api.Reply;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution boots to health, and its API answers people as docs/permissions.md says. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    private static Api api;
    private static String admin;

    @Configuration
    public Option[] config() {
        // Read from etc/: proves the platform's configuration files are bound to their components.
        return OptionUtils.combine(Distribution.options(), KarafDistributionOption.editConfigurationFilePut(
                "etc/org.fabrique.core.accounts.cfg", "maxFailedLogins", "3"));
    }

    @BeforeClass
    public static void bootAndLogIn() {
        api = Distribution.api();
        Reply health = api.await("/health", 200, Duration.ofSeconds(60));
        assertEquals(health.toString(), 200, health.status());
        admin = api.login(Distribution.ADMIN_EMAIL, Distribution.ADMIN_PASSWORD);
    }

    @Test
    public void healthIsJsonAndNoModuleIsInstalledAtFirst() {
        Reply health = api.get("/health", null);
        assertEquals("UP", health.json().get("status").asText());
        Reply modules = api.get("/modules", null);
        assertEquals(200, modules.status());
        assertEquals(0, modules.json().size());
    }

    @Test
    public void anAdministratorSetsUpAStructureWithItsCoordinator() {
        long structure = create("/structures", "{\"name\":\"Le Remue-Méninges\",\"kind\":\"venue\","
                + "\"neighbourhood\":\"Crêt de Roch\",\"website\":\"https://remue.example.org\"}");
        long person = create("/people", "{\"name\":\"Inès\",\"email\":\"Ines@Example.org\",\"language\":\"fr\"}");
        Reply joined = api.post("/structures/" + structure + "/members", admin,
                "{\"personId\":" + person + ",\"role\":\"coordinator\"}");
        assertEquals(joined.toString(), 201, joined.status());
        assertEquals("active", joined.json().get("status").asText());

        Reply members = api.get("/structures/" + structure + "/members", admin);
        assertEquals("coordinator", members.json().get(0).get("role").asText());
        assertEquals("ines@example.org", api.get("/people/" + person, admin).json().get("email").asText());
        Reply audit = api.get("/admin/audit?q=structure.create", admin);
        assertTrue(audit.body(), audit.json().get("total").asLong() >= 1);
    }

    @Test
    public void permissionsFollowTheRolesOfEachPerson() {
        long ours = create("/structures", "{\"name\":\"Ours\",\"kind\":\"association\"}");
        long theirs = create("/structures", "{\"name\":\"Theirs\",\"kind\":\"cooperative\"}");
        long coordinatorId = person("coord@example.org");
        long memberId = person("member@example.org");
        long otherCoordinatorId = person("other@example.org");
        join(ours, coordinatorId, "coordinator");
        join(ours, memberId, "member");
        join(theirs, otherCoordinatorId, "coordinator");
        String coordinator = api.login("coord@example.org", "mot de passe du test");
        String member = api.login("member@example.org", "mot de passe du test");
        String otherCoordinator = api.login("other@example.org", "mot de passe du test");
        String edit = "{\"name\":\"Ours, renamed\",\"kind\":\"association\"}";

        assertEquals(401, api.get("/people", null).status());
        assertEquals(403, api.get("/people", member).status());
        assertEquals(200, api.get("/people", admin).status());
        assertEquals(200, api.get("/structures", null).status());
        assertEquals(200, api.get("/people/" + memberId, member).status());
        assertEquals(403, api.get("/people/" + coordinatorId, member).status());
        assertEquals(401, api.put("/structures/" + ours, null, edit).status());
        assertEquals(403, api.put("/structures/" + ours, member, edit).status());
        assertEquals(403, api.put("/structures/" + ours, otherCoordinator, edit).status());
        assertEquals(200, api.put("/structures/" + ours, coordinator, edit).status());
        assertEquals(200, api.get("/structures/" + ours + "/members", member).status());
        assertEquals(403, api.get("/structures/" + ours + "/members", otherCoordinator).status());
        assertEquals(403, api.post("/structures", coordinator, edit).status());
        assertEquals(403, api.delete("/structures/" + ours, coordinator).status());
        assertEquals(403, api.get("/admin/modules", coordinator).status());
        assertEquals(403, api.post("/structures/" + theirs + "/members", coordinator,
                "{\"personId\":" + memberId + "}").status());

        Reply asked = api.post("/structures/" + theirs + "/members", member, "{}");
        assertEquals(asked.toString(), 201, asked.status());
        assertEquals("pending", asked.json().get("status").asText());
        long request = asked.json().get("id").asLong();
        assertEquals(403, api.get("/structures/" + theirs + "/members", member).status());
        Reply accepted = api.put("/structures/" + theirs + "/members/" + request, otherCoordinator,
                "{\"status\":\"active\"}");
        assertEquals(accepted.toString(), "active", accepted.json().get("status").asText());
        assertEquals(200, api.get("/structures/" + theirs + "/members", member).status());
    }

    @Test
    public void badInputIsAProblemNamingTheFieldNeverAServerError() {
        assertProblem(api.post("/structures", admin, "{\"name\":"), 400, null);
        assertProblem(api.post("/structures", admin, "{\"name\":\"x\",\"kind\":12}"), 400, "kind");
        assertProblem(api.post("/structures", admin, "{\"name\":\"x\",\"kind\":\"castle\"}"), 400, "kind");
        assertProblem(api.post("/structures", admin, "{\"name\":\"\",\"kind\":\"venue\"}"), 400, "name");
        assertProblem(api.post("/structures", admin, "{\"name\":\"x\",\"kind\":\"venue\",\"siren\":\"12\"}"), 400, "siren");
        assertProblem(api.post("/structures", admin, "{\"name\":\"x\",\"kind\":\"venue\",\"colour\":\"red\"}"), 400, "colour");
        assertProblem(api.post("/people", admin, "{\"name\":\"x\",\"email\":\"not an address\"}"), 400, "email");
        assertProblem(api.post("/people", admin, "[1,2]"), 400, null);
        assertProblem(api.send("POST", "/structures", admin, "<xml/>", "application/xml"), 415, null);
        assertProblem(api.post("/structures", admin, "{\"name\":\"" + "x".repeat(2_000_000) + "\"}"), 413, null);
        assertProblem(api.get("/structures/999999", null), 404, null);
        assertProblem(api.get("/structures/abc", null), 404, null);
        assertProblem(api.get("/structures?page=x", null), 400, "page");
        assertProblem(api.get("/structures?size=1000", null), 400, "size");
        assertProblem(api.get("/no/such/thing", null), 404, null);
        assertProblem(api.send("PATCH", "/structures", admin, "{}", "application/json"), 405, null);
        assertProblem(api.get("/me", "forged-token"), 401, null);
        assertProblem(api.send("GET", "/me", null, null, null), 401, null);
        long existing = person("taken@example.org");
        assertProblem(api.post("/people", admin, "{\"name\":\"y\",\"email\":\"TAKEN@example.org\"}"), 409, "email");
        assertProblem(api.put("/people/" + existing + "/password", admin, "{\"newPassword\":\"short\"}"), 400, "newPassword");
    }

    @Test
    public void repeatedFailedLoginsAreThrottledAfterTheConfiguredCount() {
        person("victim@example.org");
        String wrong = "{\"email\":\"victim@example.org\",\"password\":\"wrong password\"}";
        for (int i = 0; i < 3; i++) {
            assertProblem(api.post("/auth/login", null, wrong), 401, null);
        }
        String right = "{\"email\":\"victim@example.org\",\"password\":\"mot de passe du test\"}";
        assertProblem(api.post("/auth/login", null, right), 429, "email");
    }

    @Test
    public void consentsAreRecordedAndTheLatestDecisionHolds() {
        person("consenting@example.org");
        String token = api.login("consenting@example.org", "mot de passe du test");
        String agree = "{\"purpose\":\"newsletter.weekly\",\"scope\":\"newsletter\",\"granted\":true}";
        String withdraw = "{\"purpose\":\"newsletter.weekly\",\"scope\":\"newsletter\",\"granted\":false}";
        assertEquals(201, api.post("/me/consents", token, agree).status());
        assertEquals(201, api.post("/me/consents", token, withdraw).status());
        Reply current = api.get("/me/consents", token);
        assertEquals(current.body(), 1, current.json().size());
        assertFalse(current.json().get(0).get("granted").asBoolean());
        assertEquals(2, api.get("/me/consents?history=true", token).json().size());
        assertProblem(api.post("/me/consents", token, "{\"purpose\":\"Bad Purpose!\",\"scope\":\"x\",\"granted\":true}"), 400, "purpose");
        assertTrue(api.get("/me/export", token).json().get("core").get("consents").size() == 2);
    }

    @Test
    public void logoutEndsTheToken() {
        person("leaving@example.org");
        String token = api.login("leaving@example.org", "mot de passe du test");
        assertEquals(200, api.get("/me", token).status());
        assertEquals(204, api.post("/auth/logout", token, null).status());
        assertEquals(401, api.get("/me", token).status());
    }

    @Test
    public void theOpenApiDocumentDescribesTheCoreEndpoints() {
        Reply document = api.get("/openapi.json", null);
        assertEquals(200, document.status());
        assertTrue(document.json().get("paths").has("/people/{id}"));
        assertTrue(document.json().get("paths").has("/structures/{structureId}/members"));
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue("not problem+json: " + reply, reply.isProblem());
        assertEquals(status, reply.json().get("status").asInt());
        assertFalse(reply.body(), reply.body().contains("Exception") || reply.body().contains("\tat "));
        if (field != null) {
            assertTrue(reply.toString(), reply.json().has("errors"));
            assertEquals(reply.toString(), field, reply.json().get("errors").get(0).get("field").asText());
        }
    }

    private static long create(String path, String json) {
        Reply reply = api.post(path, admin, json);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static long person(String email) {
        long id = create("/people", "{\"name\":" + Api.quote(email.split("@")[0]) + ",\"email\":" + Api.quote(email) + "}");
        Reply password = api.put("/people/" + id + "/password", admin, "{\"newPassword\":\"mot de passe du test\"}");
        assertEquals(password.toString(), 204, password.status());
        return id;
    }

    private static void join(long structure, long person, String role) {
        Reply reply = api.post("/structures/" + structure + "/members", admin,
                "{\"personId\":" + person + ",\"role\":\"" + role + "\"}");
        assertEquals(reply.toString(), 201, reply.status());
    }
}
