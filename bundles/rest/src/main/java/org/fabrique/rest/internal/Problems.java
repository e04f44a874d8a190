package org.fabrique.rest.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;

/**
 * Builds RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}
 * and, for input errors, {@code errors} listing each offending {@code field} with its message.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    record FieldError(String field, String message) {
    }

    static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, title, detail, errors)).build();
    }

    static Map<String, Object> body(int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    /** For the rare answer given outside Jersey (before the application is ready). */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        byte[] json = JsonMapping.mapper().writeValueAsBytes(body(status, title, detail, List.of()));
        response.getOutputStream().write(json);
    }

}
