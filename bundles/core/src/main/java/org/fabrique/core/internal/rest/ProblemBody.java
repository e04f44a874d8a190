package org.fabrique.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

/** An RFC 9457 problem response, in the same shape as those of the REST platform bundle. */
final class ProblemBody {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemBody() {
    }

    static Response.ResponseBuilder of(int status, String title, String detail, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (field != null) {
            body.put("errors", List.of(Map.of("field", field, "message", detail == null ? "invalid" : detail)));
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body);
    }
}
