package org.fabrique.core.internal.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fabrique.core.Modules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/health}: 200 once the core and its database answer, 503 otherwise. It needs
 * every other resource of the core, so that it is served only when they are all served.
 */
@Component(service = HealthResource.class, property = "osgi.jaxrs.resource=true")
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final DataSource dataSource;
    private final Modules modules;

    @Activate
    public HealthResource(@Reference(target = "(osgi.jndi.service.name=fabrique)") DataSource dataSource,
            @Reference Modules modules, @Reference TokenAuthentication authentication,
            @Reference FabriqueProblemMapper problems, @Reference AuthResource auth, @Reference MeResource me,
            @Reference PeopleResource people, @Reference StructuresResource structures,
            @Reference MembersResource members, @Reference AdminResource admin, @Reference ModulesResource list) {
        this.dataSource = dataSource;
        this.modules = modules;
    }

    @GET
    public Response health() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (SQLException e) {
            database = false;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "UP" : "DOWN");
        body.put("database", database ? "UP" : "DOWN");
        body.put("modules", modules.installed().size());
        return Response.status(database ? 200 : 503).entity(body).build();
    }
}
