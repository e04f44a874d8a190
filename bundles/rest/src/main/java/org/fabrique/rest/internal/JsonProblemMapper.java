package org.fabrique.rest.internal;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Broken JSON and JSON of the wrong shape are the client's error: 400, naming the field. Only
 * request bodies count ({@link ValidatingReader} wraps their errors in {@link UnreadableBody});
 * any other Jackson failure, e.g. writing a response, is ours and ends as a 500.
 */
final class JsonProblemMapper implements ExceptionMapper<JsonProblemMapper.UnreadableBody> {

    /** A request body that Jackson could not read. */
    static final class UnreadableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableBody(JsonProcessingException cause) {
            super(null, cause, false, false);
        }
    }

    @Override
    public Response toResponse(UnreadableBody unreadable) {
        JsonProcessingException e = (JsonProcessingException) unreadable.getCause();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return Problems.response(400, "Invalid request body", "The field '" + field + "' is not valid.",
                    List.of(new Problems.FieldError(field, explain(mapping))));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Problems.response(400, "Invalid request body", explain(mismatch));
        }
        JsonLocation where = e.getLocation();
        String detail = where == null ? "The body is not well-formed JSON."
                : "The body is not well-formed JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ").";
        return Problems.response(400, "Malformed JSON", detail);
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "invalid value for " + typeName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + typeName(mismatch.getTargetType());
        }
        return "invalid value";
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of");
            for (Object constant : type.getEnumConstants()) {
                values.append(' ').append(constant.toString().toLowerCase(java.util.Locale.ROOT));
            }
            return values.toString();
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }
}
