package org.fabrique.rest.internal;

import java.time.Instant;
import java.util.List;

import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A resource of the kind bundles publish, used to drive the whole application in tests. */
@Path("things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingsResource {

    static final Instant CREATED_AT = Instant.parse("2024-03-01T10:15:30Z");
    static final String SECRET = "password=hunter2 at db.internal";

    public enum Kind { TOOL, MATERIAL }

    public record NewThing(@NotBlank String name, @Min(0) int count, @NotNull Kind kind) {
    }

    public record Thing(long id, String name, int count, Kind kind, Instant createdAt) {
    }

    /** Has no properties: Jackson refuses to write it. */
    public static final class Unwritable {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewThing thing) {
        return Response.status(201)
                .entity(new Thing(42, thing.name(), thing.count(), thing.kind(), CREATED_AT))
                .build();
    }

    @GET
    public List<Thing> list(@QueryParam("page") int page) {
        return List.of(new Thing(page, "page " + page, 1, Kind.MATERIAL, CREATED_AT));
    }

    @GET
    @Path("{id}")
    public Thing get(@PathParam("id") long id) {
        return new Thing(id, "hammer", 3, Kind.TOOL, CREATED_AT);
    }

    @GET
    @Path("failing")
    public Thing failing() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("unwritable")
    public Unwritable unwritable() {
        return new Unwritable();
    }

    @GET
    @Path("stored-json")
    public Thing storedJson() throws Exception {
        new ObjectMapper().readTree("{corrupted");
        return null;
    }
}
