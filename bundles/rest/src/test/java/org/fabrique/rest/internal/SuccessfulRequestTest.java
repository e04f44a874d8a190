package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.JSON;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class SuccessfulRequestTest {

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void aValidBodyReachesTheResource() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 3, \"kind\": \"tool\"}").send();

        assertEquals(201, reply.status());
        assertEquals(JSON, reply.contentType());
        JsonNode thing = reply.json();
        assertEquals(42, thing.path("id").asLong());
        assertEquals("hammer", thing.path("name").asText());
        assertEquals(3, thing.path("count").asInt());
    }

    @Test
    public void enumsAreReadInAnyCase() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 3, \"kind\": \"TOOL\"}").send();

        assertEquals(201, reply.status());
    }

    @Test
    public void enumsAreWrittenInLowerCase() throws Exception {
        Reply reply = api.get("things/7").send();

        assertEquals(200, reply.status());
        assertEquals("tool", reply.json().path("kind").asText());
    }

    @Test
    public void instantsAreWrittenInIso8601() throws Exception {
        Reply reply = api.get("things/7").send();

        assertEquals("2024-03-01T10:15:30Z", reply.json().path("createdAt").asText());
    }

    @Test
    public void parametersReachTheResource() throws Exception {
        assertEquals(7, api.get("things/7").send().json().path("id").asLong());
        assertEquals(2, api.get("things?page=2").send().json().path(0).path("id").asLong());
    }
}
