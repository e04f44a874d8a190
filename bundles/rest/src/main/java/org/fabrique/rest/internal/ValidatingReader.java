package org.fabrique.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Validator;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The single place where request bodies are checked: their size, their presence, and the
 * Bean Validation constraints declared on their types. Resources receive only valid input.
 */
final class ValidatingReader implements ReaderInterceptor {

    private final Validator validator;
    private final long maxBodyBytes;

    ValidatingReader(Validator validator, long maxBodyBytes) {
        this.validator = validator;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLongerThanAllowed(length)) {
            throw tooLarge();
        }
        context.setInputStream(new BoundedBody(context.getInputStream()));
        Object entity;
        try {
            entity = context.proceed();
        } catch (JsonProcessingException e) {
            throw new JsonProblemMapper.UnreadableBody(e);
        }
        if (entity == null) {
            throw new WebApplicationException(Problems.response(400, "Missing request body",
                    "This request needs a JSON body."));
        }
        Locale previous = Validators.requestLocale(context.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            Set<ConstraintViolation<Object>> violations = validator.validate(entity);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        } finally {
            Validators.restoreLocale(previous);
        }
        return entity;
    }

    private boolean isLongerThanAllowed(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Problems.response(413, "Request body too large",
                "The body may not exceed " + maxBodyBytes + " bytes."));
    }

    /** Stops reading, with a 413, a body without Content-Length that grows past the limit. */
    private final class BoundedBody extends InputStream {
        private final InputStream in;
        private long count;

        BoundedBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > maxBodyBytes) {
                throw tooLarge();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
