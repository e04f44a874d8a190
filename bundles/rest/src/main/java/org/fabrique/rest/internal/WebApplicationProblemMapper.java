package org.fabrique.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Unknown paths, wrong methods, unsupported media types...: the status, as problem+json. */
final class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : original.getStatusInfo().getReasonPhrase();
        String message = e.getMessage();
        String detail = message == null || message.startsWith("HTTP ") ? null : message;
        return Response.fromResponse(original)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.body(status, title, detail, java.util.List.of()))
                .build();
    }
}
