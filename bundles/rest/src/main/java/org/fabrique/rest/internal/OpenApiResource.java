package org.fabrique.rest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/** {@code GET /api/openapi.json}: the OpenAPI 3 document of every resource served right now. */
@Path("openapi.json")
@Hidden
public final class OpenApiResource {

    private final List<Object> resources;
    private final String title;
    private final String alias;
    private volatile String document;

    OpenApiResource(List<Object> resources, String title, String alias) {
        this.resources = resources;
        this.title = title;
        this.alias = alias;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws Exception {
        String built = document;
        if (built == null) {
            built = Json.pretty(describe());
            document = built;
        }
        return built;
    }

    private OpenAPI describe() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title(title).version("1"))
                .addServersItem(new Server().url(alias));
        Set<Class<?>> classes = new LinkedHashSet<>();
        resources.forEach(r -> classes.add(r.getClass()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Reader.class.getClassLoader());
        try {
            Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
            return reader.read(classes);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
