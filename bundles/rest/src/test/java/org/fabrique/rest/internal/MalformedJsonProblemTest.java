package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.PROBLEM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class MalformedJsonProblemTest {

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void brokenJsonIsAnsweredMalformedJson() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", ").send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Malformed JSON", reply.json().path("title").asText());
        assertEquals(400, reply.json().path("status").asInt());
    }

    @Test
    public void aNumberForAStringNamesTheField() throws Exception {
        Reply reply = api.post("things", "{\"name\": 5, \"count\": 1, \"kind\": \"tool\"}").send();

        assertInvalidField(reply, "name");
        assertEquals("invalid value for a string", reply.messageFor("name"));
    }

    @Test
    public void aStringForAnIntNamesTheField() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": \"x\", \"kind\": \"tool\"}").send();

        assertInvalidField(reply, "count");
    }

    @Test
    public void aNumericStringForAnIntIsNotCoerced() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": \"3\", \"kind\": \"tool\"}").send();

        assertInvalidField(reply, "count");
    }

    @Test
    public void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 1, \"kind\": \"spaceship\"}").send();

        assertInvalidField(reply, "kind");
        assertEquals("invalid value for one of tool material", reply.messageFor("kind"));
    }

    @Test
    public void anUnknownPropertyIsNamed() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 1, \"kind\": \"tool\", \"colour\": \"red\"}")
                .send();

        assertInvalidField(reply, "colour");
        assertEquals("unknown field", reply.messageFor("colour"));
    }

    @Test
    public void aSecondValueAfterTheJsonIsRejected() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 1, \"kind\": \"tool\"} {}").send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
    }

    @Test
    public void garbageAfterTheJsonIsRejected() throws Exception {
        Reply reply = api.post("things", "{\"name\": \"hammer\", \"count\": 1, \"kind\": \"tool\"} garbage").send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Malformed JSON", reply.json().path("title").asText());
    }

    private static void assertInvalidField(Reply reply, String field) throws Exception {
        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals(List.of(field), reply.errorFields());
        assertTrue(reply.json().path("detail").asText().contains("'" + field + "'"));
    }
}
