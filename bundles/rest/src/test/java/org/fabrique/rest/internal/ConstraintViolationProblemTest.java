package org.fabrique.rest.internal;

import static org.fabrique.rest.internal.TestApi.PROBLEM;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.fabrique.rest.internal.TestApi.Reply;
import org.junit.Test;

public class ConstraintViolationProblemTest {

    private static final String INVALID = "{\"name\": \"  \", \"count\": -1}";

    private final TestApi api = TestApi.withDefaults();

    @Test
    public void everyInvalidFieldIsListed() throws Exception {
        Reply reply = api.post("things", INVALID).send();

        assertEquals(400, reply.status());
        assertEquals(PROBLEM, reply.contentType());
        assertEquals("Invalid request body", reply.json().path("title").asText());
        assertEquals(List.of("count", "kind", "name"), reply.errorFields());
    }

    @Test
    public void messagesAreInEnglishWithoutAcceptLanguage() throws Exception {
        Reply reply = api.post("things", INVALID).send();

        assertEquals("must not be blank", reply.messageFor("name"));
        assertEquals("must be greater than or equal to 0", reply.messageFor("count"));
        assertEquals("must not be null", reply.messageFor("kind"));
    }

    @Test
    public void messagesAreInFrenchForAFrenchReader() throws Exception {
        Reply reply = api.post("things", INVALID).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").send();

        assertEquals(List.of("count", "kind", "name"), reply.errorFields());
        assertEquals("ne doit pas être vide", reply.messageFor("name"));
        assertEquals("doit être supérieur ou égal à 0", reply.messageFor("count"));
        assertEquals("ne doit pas être nul", reply.messageFor("kind"));
    }

    @Test
    public void messagesAreInEnglishForAnyOtherLanguage() throws Exception {
        Reply reply = api.post("things", INVALID).header("Accept-Language", "de-DE").send();

        assertEquals("must not be blank", reply.messageFor("name"));
    }

    @Test
    public void aFrenchRequestDoesNotLeakItsLanguageIntoTheNext() throws Exception {
        api.post("things", INVALID).header("Accept-Language", "fr").send();

        Reply reply = api.post("things", INVALID).send();

        assertEquals("must not be blank", reply.messageFor("name"));
    }
}
