package org.fabrique.core.internal.rest;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.fabrique.core.FabriqueException;
import org.fabrique.core.TooManyAttempts;
import org.osgi.service.component.annotations.Component;

/** Every refusal of the core or of a module, as problem+json with its status and field. */
@Component(service = {ExceptionMapper.class, FabriqueProblemMapper.class}, property = "osgi.jaxrs.extension=true")
public class FabriqueProblemMapper implements ExceptionMapper<FabriqueException> {

    @Override
    public Response toResponse(FabriqueException e) {
        Response.ResponseBuilder response = ProblemBody.of(e.status(), e.title(), e.getMessage(), e.field());
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fabrique\"");
        }
        if (e instanceof TooManyAttempts tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, tooMany.retryAfter().toSeconds()));
        }
        return response.build();
    }
}
