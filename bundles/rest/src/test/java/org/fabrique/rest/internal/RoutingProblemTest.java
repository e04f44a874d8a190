package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.PROBLEM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class RoutingProblemTest {

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void anUnknownPathIsA404Problem() throws Exception {
        Reply reply = api.get("nothing-here").send();

        assertProblem(reply, 404, "Not Found");
    }

    @Test
    public void aWrongMethodIsA405ProblemWithAllow() throws Exception {
        Reply reply = api.request("DELETE", "things").send();

        assertProblem(reply, 405, "Method Not Allowed");
        assertNotNull("Allow header", reply.allow());
        assertTrue(reply.allow(), reply.allow().contains("GET"));
        assertTrue(reply.allow(), reply.allow().contains("POST"));
    }

    @Test
    public void aMalformedAcceptHeaderIsA400Problem() throws Exception {
        Reply reply = api.get("things").header("Accept", "*/*;q=x").send();

        assertProblem(reply, 400, "Bad Request");
    }

    @Test
    public void anUnsupportedContentTypeIsA415Problem() throws Exception {
        Reply reply = api.request("POST", "things").header("Content-Type", "text/plain").body("hammer").send();

        assertProblem(reply, 415, "Unsupported Media Type");
    }

    @Test
    public void aQueryParameterOfTheWrongTypeIsA400NamingIt() throws Exception {
        Reply reply = api.get("things?page=two").send();

        assertProblem(reply, 400, "Invalid parameter");
        assertEquals(List.of("page"), reply.errorFields());
    }

    @Test
    public void aPathParameterOfTheWrongTypeIsA404() throws Exception {
        Reply reply = api.get("things/abc").send();

        assertProblem(reply, 404, "Not Found");
    }

    private static void assertProblem(Reply reply, int status, String title) throws Exception {
        assertEquals(status, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals(status, reply.json().path("status").asInt());
        assertEquals(title, reply.json().path("title").asText());
        assertEquals("about:blank", reply.json().path("type").asText());
    }
}
