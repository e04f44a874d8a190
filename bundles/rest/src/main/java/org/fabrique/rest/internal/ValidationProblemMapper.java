package org.fabrique.rest.internal;

import java.util.Comparator;
import java.util.List;

import javax.validation.ConstraintViolationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** A body that breaks its declared constraints: 400 with every offending field. */
final class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        String fields = String.join(", ", errors.stream().map(Problems.FieldError::field).distinct().toList());
        return Problems.response(400, "Invalid request body", "Invalid fields: " + fields + ".", errors);
    }
}
