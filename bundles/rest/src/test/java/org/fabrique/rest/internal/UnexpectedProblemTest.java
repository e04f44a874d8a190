package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.PROBLEM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class UnexpectedProblemTest {

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void aBugIsA500Problem() throws Exception {
        Reply reply = api.get("things/failing").send();

        assertEquals(500, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Internal Server Error", reply.json().path("title").asText());
        assertTrue(reply.json().path("detail").asText().contains("reference "));
    }

    @Test
    public void aBugRevealsNothingOfTheServer() throws Exception {
        String body = api.get("things/failing").send().body();

        assertFalse(body, body.contains("IllegalStateException"));
        assertFalse(body, body.contains("java."));
        assertFalse(body, body.contains("ThingsResource"));
        assertFalse(body, body.contains("\tat "));
        assertFalse(body, body.contains(ThingsResource.SECRET));
    }

    @Test
    public void aResponseJacksonCannotWriteIsA500NotAClientError() throws Exception {
        Reply reply = api.get("things/unwritable").send();

        assertEquals(500, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertFalse(reply.body(), reply.body().contains("Unwritable"));
    }

    @Test
    public void aResourcesOwnJsonFailureIsA500NotAClientError() throws Exception {
        Reply reply = api.get("things/stored-json").send();

        assertEquals(500, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Internal Server Error", reply.json().path("title").asText());
    }
}
