package org.fabrique.hello.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.core.NotFound;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/hello}: a greeting, and a guestbook members write in. */
@Component(service = GuestbookResource.class, property = "osgi.jaxrs.resource=true")
@Path("hello")
@Produces(MediaType.APPLICATION_JSON)
public class GuestbookResource {

    static final String MODERATOR = "hello.moderator";

    private final Guestbook guestbook;

    @Activate
    public GuestbookResource(@Reference Guestbook guestbook) {
        this.guestbook = guestbook;
    }

    @GET
    public Map<String, String> greet() {
        return Map.of("message", "Bonjour de la Fabrique !");
    }

    @GET
    @Path("messages")
    public List<Message> messages() {
        return guestbook.latest(50);
    }

    @GET
    @Path("messages/{id}")
    public Message message(@PathParam("id") long id) {
        return guestbook.find(id).orElseThrow(() -> new NotFound("message", id));
    }

    /** The author, or a moderator, removes a message. */
    @DELETE
    @Path("messages/{id}")
    public void remove(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = Caller.required(security);
        Message message = guestbook.find(id).orElseThrow(() -> new NotFound("message", id));
        if (message.authorId() != caller.personId() && !caller.hasRole(MODERATOR)) {
            throw new AccessDenied("Only the author or a moderator may remove this message.");
        }
        guestbook.remove(id);
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@Context SecurityContext security, NewMessage message) {
        Message written = guestbook.write(Caller.required(security).personId(), message.text());
        return Response.created(URI.create("hello/messages/" + written.id())).entity(written).build();
    }
}
