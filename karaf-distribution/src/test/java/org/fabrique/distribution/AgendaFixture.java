package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;

import java.time.Duration;

/**
 * A running distribution with the agenda installed, a structure « Les Voix du Furan » with its
 * coordinator, an agenda moderator and the venue « Le Fil »: what the agenda's browser tests start from.
 */
public final class AgendaFixture implements AutoCloseable {

    public static final String COORDINATOR_EMAIL = "coordinatrice@example.org";
    public static final String MODERATOR_EMAIL = "moderateur@example.org";
    public static final String PASSWORD = "un agenda pour tout le quartier";

    private final RunningDistribution distribution;

    private AgendaFixture(RunningDistribution distribution) {
        this.distribution = distribution;
    }

    public static AgendaFixture start(String name) throws Exception {
        RunningDistribution distribution = RunningDistribution.unpack(name);
        distribution.start(Duration.ofSeconds(90));
        Api api = distribution.api();
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        assertEquals(200, api.post("/admin/modules/agenda", admin, null).status());
        assertEquals(200, api.await("/agenda/week", 200, Duration.ofSeconds(60)).status());
        long coordinator = person(api, admin, "Dominique Bernard", COORDINATOR_EMAIL);
        long moderator = person(api, admin, "Alex Moreau", MODERATOR_EMAIL);
        long structure = created(api.post("/structures", admin, "{\"name\":\"Les Voix du Furan\",\"kind\":\"association\","
                + "\"neighbourhood\":\"Carnot\"}"));
        created(api.post("/structures/" + structure + "/members", admin,
                "{\"personId\":" + coordinator + ",\"role\":\"coordinator\"}"));
        assertEquals(200, api.post("/people/" + moderator + "/roles", admin, "{\"role\":\"agenda.moderator\"}").status());
        created(api.post("/agenda/venues", admin, "{\"name\":\"Le Fil\",\"address\":\"20 boulevard Thiers\","
                + "\"neighbourhood\":\"Carnot\",\"accessibility\":[\"wheelchair\"]}"));
        return new AgendaFixture(distribution);
    }

    public String url(String path) {
        return distribution.url(path);
    }

    @Override
    public void close() throws Exception {
        distribution.close();
    }

    private static long person(Api api, String admin, String name, String email) {
        long id = created(api.post("/people", admin, "{\"name\":" + Api.quote(name) + ",\"email\":" + Api.quote(email)
                + ",\"language\":\"fr\"}"));
        assertEquals(204, api.put("/people/" + id + "/password", admin, "{\"newPassword\":" + Api.quote(PASSWORD) + "}").status());
        return id;
    }

    private static long created(Api.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }
}
