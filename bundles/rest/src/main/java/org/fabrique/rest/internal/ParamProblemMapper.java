package org.fabrique.rest.internal;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;

/**
 * A path segment that does not convert (e.g. {@code /people/abc}) names no resource: 404.
 * A query, header, form or cookie parameter that does not convert is an input error: 400.
 */
final class ParamProblemMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException e) {
        if (e instanceof ParamException.PathParamException) {
            return Problems.response(404, "Not Found", "No resource at this address.");
        }
        String field = e.getParameterName();
        return Problems.response(400, "Invalid parameter", "The parameter '" + field + "' is not valid.",
                List.of(new Problems.FieldError(field, "invalid value")));
    }
}
