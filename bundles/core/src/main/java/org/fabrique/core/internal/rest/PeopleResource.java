package org.fabrique.core.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Accounts;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Membership;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.PersonalData;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/people}: administrators list, create and erase people and grant roles; a person
 * reads and edits their own record. People are never public.
 */
@Component(service = PeopleResource.class, property = "osgi.jaxrs.resource=true")
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final People people;
    private final Memberships memberships;
    private final Roles roles;
    private final Accounts accounts;
    private final PersonalData personalData;
    private final AuditLog audit;

    @Activate
    public PeopleResource(@Reference People people, @Reference Memberships memberships, @Reference Roles roles,
            @Reference Accounts accounts, @Reference PersonalData personalData, @Reference AuditLog audit) {
        this.people = people;
        this.memberships = memberships;
        this.roles = roles;
        this.accounts = accounts;
        this.personalData = personalData;
        this.audit = audit;
    }

    @GET
    public Page<Person> list(@Context SecurityContext security, @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Caller.admin(security);
        return people.list(new PageRequest(page, size, query));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, PersonChange change) {
        Caller admin = Caller.admin(security);
        Person person = people.create(change);
        audit.record(admin.personId(), "person.create", "person/" + person.id(), null);
        return Response.created(URI.create("people/" + person.id())).entity(person).build();
    }

    @GET
    @Path("{id}")
    public Person get(@Context SecurityContext security, @PathParam("id") long id) {
        selfOrAdmin(security, id);
        return people.find(id).orElseThrow(() -> new NotFound("person", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person update(@Context SecurityContext security, @PathParam("id") long id, PersonChange change) {
        Caller caller = selfOrAdmin(security, id);
        Person person = people.update(id, change);
        if (caller.personId() != id) {
            audit.record(caller.personId(), "person.update", "person/" + id, null);
        }
        return person;
    }

    /** Erases the person and their data in every module. */
    @DELETE
    @Path("{id}")
    public void erase(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = selfOrAdmin(security, id);
        personalData.erase(id);
        audit.record(caller.personId() == id ? null : caller.personId(), "person.erase", "person/" + id, null);
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void setPassword(@Context SecurityContext security, @PathParam("id") long id, PasswordChange change) {
        Caller caller = selfOrAdmin(security, id);
        if (!caller.isAdmin() && (change.currentPassword() == null
                || !accounts.verifyPassword(id, change.currentPassword()))) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        requirePerson(id);
        Passwords.set(accounts, id, change);
        accounts.logoutEverywhere(id);
        audit.record(caller.personId(), "person.password", "person/" + id, null);
    }

    @GET
    @Path("{id}/memberships")
    public List<Membership> memberships(@Context SecurityContext security, @PathParam("id") long id) {
        selfOrAdmin(security, id);
        requirePerson(id);
        return memberships.ofPerson(id);
    }

    @GET
    @Path("{id}/roles")
    public Set<String> roles(@Context SecurityContext security, @PathParam("id") long id) {
        selfOrAdmin(security, id);
        requirePerson(id);
        return roles.of(id);
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Set<String> grant(@Context SecurityContext security, @PathParam("id") long id, RoleGrant grant) {
        Caller admin = Caller.admin(security);
        roles.grant(id, grant.role());
        audit.record(admin.personId(), "role.grant", "person/" + id, grant.role());
        return roles.of(id);
    }

    @DELETE
    @Path("{id}/roles/{role}")
    public Set<String> revoke(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("role") String role) {
        Caller admin = Caller.admin(security);
        requirePerson(id);
        if (Caller.ADMIN.equals(role) && id == admin.personId()) {
            throw new InvalidInput("role", "you cannot remove your own administrator role");
        }
        roles.revoke(id, role);
        audit.record(admin.personId(), "role.revoke", "person/" + id, role);
        return roles.of(id);
    }

    private void requirePerson(long id) {
        if (people.find(id).isEmpty()) {
            throw new NotFound("person", id);
        }
    }

    private static Caller selfOrAdmin(SecurityContext security, long id) {
        Caller caller = Caller.required(security);
        if (caller.personId() != id && !caller.isAdmin()) {
            throw new AccessDenied("You may only see and change your own record.");
        }
        return caller;
    }
}
