package org.fabrique.rest.internal;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bug of ours: logged with a reference, answered without any detail of the server. */
final class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, e);
        return Problems.response(500, "Internal Server Error",
                "Something went wrong on our side (reference " + reference + ").");
    }
}
