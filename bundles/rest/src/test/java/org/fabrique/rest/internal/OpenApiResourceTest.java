package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.JSON;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class OpenApiResourceTest {

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void describesThePublishedResources() throws Exception {
        Reply reply = api.get("openapi.json").send();

        assertEquals(200, reply.status());
        assertEquals(JSON, reply.contentType());
        JsonNode paths = reply.json().path("paths");
        assertTrue(reply.body(), paths.has("/things"));
        assertTrue(reply.body(), paths.has("/things/{id}"));
        assertTrue(reply.body(), paths.path("/things").has("post"));
    }

    @Test
    public void carriesTheConfiguredTitleAndServer() throws Exception {
        JsonNode document = api.get("openapi.json").send().json();

        assertEquals("Test API", document.path("info").path("title").asText());
        assertEquals("/api", document.path("servers").path(0).path("url").asText());
    }

    @Test
    public void doesNotDescribeItself() throws Exception {
        JsonNode paths = api.get("openapi.json").send().json().path("paths");

        assertFalse(paths.has("/openapi.json"));
    }
}
