package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.PROBLEM;
import static org.junit.Assert.assertEquals;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class BodyLimitProblemTest {

    private static final int LIMIT = 100;

    private final TestApi api = TestApi.withMaxBodyBytes(LIMIT);

    @Test
    public void anEmptyBodyIsAnsweredMissingBody() throws Exception {
        Reply reply = api.post("things", "").send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Missing request body", reply.json().path("title").asText());
    }

    @Test
    public void aJsonNullBodyIsAnsweredMissingBody() throws Exception {
        Reply reply = api.post("things", "null").send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Missing request body", reply.json().path("title").asText());
    }

    @Test
    public void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
        Reply reply = api.post("things", validBodyOfAbout(LIMIT * 2))
                .header("Content-Length", String.valueOf(LIMIT * 2)).send();

        assertTooLarge(reply);
    }

    @Test
    public void anUndeclaredBodyGrowingPastTheLimitIsRefused() throws Exception {
        Reply reply = api.post("things", validBodyOfAbout(LIMIT * 2)).send();

        assertTooLarge(reply);
    }

    @Test
    public void aBodyLyingAboutItsLengthIsRefused() throws Exception {
        Reply reply = api.post("things", validBodyOfAbout(LIMIT * 2)).header("Content-Length", "10").send();

        assertTooLarge(reply);
    }

    @Test
    public void aBodyWithinTheLimitIsAccepted() throws Exception {
        String body = validBodyOfAbout(LIMIT);

        Reply reply = api.post("things", body).header("Content-Length", String.valueOf(body.length())).send();

        assertEquals(201, reply.status());
    }

    private static void assertTooLarge(Reply reply) throws Exception {
        assertEquals(413, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Request body too large", reply.json().path("title").asText());
        assertEquals("The body may not exceed " + LIMIT + " bytes.", reply.json().path("detail").asText());
    }

    /** A valid new thing, its name padded so the body is {@code size} bytes long. */
    private static String validBodyOfAbout(int size) {
        String template = "{\"name\": \"%s\", \"count\": 1, \"kind\": \"tool\"}";
        int padding = size - String.format(template, "").length();
        return String.format(template, "x".repeat(Math.max(1, padding)));
    }
}
