package org.fabrique.core.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.Accounts;
import org.fabrique.core.Caller;
import org.fabrique.core.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/auth/login} gives a token; {@code POST /api/auth/logout} ends it. */
@Component(service = AuthResource.class, property = "osgi.jaxrs.resource=true")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Accounts accounts;

    @Activate
    public AuthResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Session login(LoginRequest request) {
        return accounts.login(request.email(), request.password());
    }

    @POST
    @Path("logout")
    public void logout(@Context SecurityContext security, @Context HttpHeaders headers) {
        Caller.required(security);
        accounts.logout(TokenAuthentication.token(headers));
    }
}
