package org.fabrique.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Memberships;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.PersonalData;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/me}: the caller's own profile, consents, data export and erasure. */
@Component(service = MeResource.class, property = "osgi.jaxrs.resource=true")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final People people;
    private final Memberships memberships;
    private final Roles roles;
    private final Consents consents;
    private final PersonalData personalData;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public MeResource(@Reference People people, @Reference Memberships memberships, @Reference Roles roles,
            @Reference Consents consents, @Reference PersonalData personalData, @Reference Accounts accounts,
            @Reference AuditLog audit) {
        this.people = people;
        this.memberships = memberships;
        this.roles = roles;
        this.consents = consents;
        this.personalData = personalData;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GET
    public Map<String, Object> me(@Context SecurityContext security) {
        Caller caller = Caller.required(security);
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("person", people.find(caller.personId()).orElseThrow());
        me.put("roles", roles.of(caller.personId()));
        me.put("memberships", memberships.ofPerson(caller.personId()));
        return me;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Person update(@Context SecurityContext security, PersonChange change) {
        return people.update(Caller.required(security).personId(), change);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Context SecurityContext security, PasswordChange change) {
        Caller caller = Caller.required(security);
        if (change.currentPassword() == null || !accounts.verifyPassword(caller.personId(), change.currentPassword())) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        Passwords.set(accounts, caller.personId(), change);
        accounts.logoutEverywhere(caller.personId());
        return Response.ok(accounts.login(caller.email(), change.newPassword())).build();
    }

    @GET
    @Path("export")
    public Response export(@Context SecurityContext security) {
        Caller caller = Caller.required(security);
        return Response.ok(personalData.export(caller.personId()))
                .header("Content-Disposition", "attachment; filename=\"fabrique-mes-donnees.json\"").build();
    }

    /** Erases the caller's account and every piece of their data, in every installed module. */
    @DELETE
    public void erase(@Context SecurityContext security) {
        Caller caller = Caller.required(security);
        personalData.erase(caller.personId());
        audit.record(null, "person.erase", "person/" + caller.personId(), "by the person");
    }

    @GET
    @Path("consents")
    public List<Consent> consents(@Context SecurityContext security, @QueryParam("history") boolean history) {
        long me = Caller.required(security).personId();
        return history ? consents.history(me) : consents.current(me);
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordConsent(@Context SecurityContext security, @Context HttpHeaders headers,
            ConsentChange change) {
        Caller caller = Caller.required(security);
        String agent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        Consent consent = consents.record(caller.personId(), change, "api" + (agent == null ? "" : " (" + agent + ")"));
        return Response.status(201).entity(consent).build();
    }
}
