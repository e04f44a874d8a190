package org.fabrique.core.internal.rest;

import java.sql.SQLException;

import javax.persistence.PersistenceException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write that breaks a database constraint (two requests racing for the same e-mail, say) is a
 * conflict, 409; any other storage failure is the server's, 503, logged and never detailed.
 */
@Component(service = ExceptionMapper.class, property = "osgi.jaxrs.extension=true")
public class PersistenceProblemMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceProblemMapper.class);

    @Override
    public Response toResponse(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return ProblemBody.of(409, "Conflict", "This change conflicts with existing data.", null).build();
            }
        }
        LOG.error("Storage failure", e);
        return ProblemBody.of(503, "Service Unavailable", "The database could not complete the request; try again.",
                null).build();
    }
}
