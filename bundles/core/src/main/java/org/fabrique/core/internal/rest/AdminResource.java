package org.fabrique.core.internal.rest;

import java.util.List;
import java.util.Set;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin}: modules to install or remove, grantable roles, the audit log. Administrators only. */
@Component(service = AdminResource.class, property = "osgi.jaxrs.resource=true")
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final Modules modules;
    private final Roles roles;
    private final AuditLog audit;

    @Activate
    public AdminResource(@Reference Modules modules, @Reference Roles roles, @Reference AuditLog audit) {
        this.modules = modules;
        this.roles = roles;
        this.audit = audit;
    }

    @GET
    @Path("modules")
    public List<ModuleState> available(@Context SecurityContext security) {
        Caller.admin(security);
        return modules.available();
    }

    @POST
    @Path("modules/{id}")
    public ModuleState install(@Context SecurityContext security, @PathParam("id") String id) {
        Caller admin = Caller.admin(security);
        ModuleState state = modules.install(id);
        audit.record(admin.personId(), "module.install", "module/" + id, state.version());
        return state;
    }

    @DELETE
    @Path("modules/{id}")
    public ModuleState uninstall(@Context SecurityContext security, @PathParam("id") String id) {
        Caller admin = Caller.admin(security);
        ModuleState state = modules.uninstall(id);
        audit.record(admin.personId(), "module.uninstall", "module/" + id, state.version());
        return state;
    }

    @GET
    @Path("roles")
    public Set<String> grantableRoles(@Context SecurityContext security) {
        Caller.admin(security);
        return roles.grantable();
    }

    @GET
    @Path("audit")
    public Page<AuditEntry> audit(@Context SecurityContext security, @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Caller.admin(security);
        return audit.list(new PageRequest(page, size, query));
    }
}
