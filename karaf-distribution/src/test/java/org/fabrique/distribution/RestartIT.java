package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.fabrique.distribution.Api.Reply;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What an operator does: unpack the archive, {@code bin/start}, use the API, {@code bin/stop},
 * {@code bin/start} again: everything is still there, and the first administrator came from the
 * environment. Runs the real scripts, outside Pax Exam.
 */
public class RestartIT {

    private RunningDistribution distribution;

    @Before
    public void unpack() throws Exception {
        distribution = RunningDistribution.unpack("restart-it");
    }

    @After
    public void stop() throws Exception {
        distribution.close();
    }

    @Test
    public void dataSurvivesAStopAndAStart() throws Exception {
        distribution.start(RunningDistribution.BOOT);
        Api api = distribution.api();
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        Reply structure = api.post("/structures", admin, "{\"name\":\"La Rotonde\",\"kind\":\"venue\"}");
        Reply person = api.post("/people", admin, "{\"name\":\"Camille\",\"email\":\"camille@example.org\"}");
        long structureId = structure.json().get("id").asLong();
        long personId = person.json().get("id").asLong();
        assertEquals(201, api.post("/structures/" + structureId + "/members", admin,
                "{\"personId\":" + personId + ",\"role\":\"coordinator\"}").status());

        distribution.stop();
        distribution.start(RunningDistribution.BOOT);

        String again = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        assertEquals("La Rotonde", api.get("/structures/" + structureId, null).json().get("name").asText());
        assertEquals("camille@example.org", api.get("/people/" + personId, again).json().get("email").asText());
        Reply members = api.get("/structures/" + structureId + "/members", again);
        assertEquals("coordinator", members.json().get(0).get("role").asText());
        assertTrue("derby.log belongs under data/log", Files.exists(distribution.home().resolve("data/log/derby.log")));
        assertFalse("no derby.log in the working directory", Files.exists(distribution.home().resolve("derby.log")));
    }
}
