package org.fabrique.rest.internal;

import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Response;

/**
 * The errors Jersey answers by itself without an exception mapper (e.g. a malformed {@code Accept} header) have no
 * body: give them the same problem+json as every other error.
 */
final class EmptyErrorProblemFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : response.getStatusInfo().getReasonPhrase();
        response.setEntity(Problems.body(status, title, null, List.of()), new Annotation[0],
                javax.ws.rs.core.MediaType.valueOf(Problems.MEDIA_TYPE));
    }
}
