package org.fabrique.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.fabrique.core.Modules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/modules}: the capability modules installed now, public. */
@Component(service = ModulesResource.class, property = "osgi.jaxrs.resource=true")
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    private final Modules modules;

    @Activate
    public ModulesResource(@Reference Modules modules) {
        this.modules = modules;
    }

    @GET
    public List<Map<String, Object>> installed() {
        return modules.installed().stream().map(ModulesResource::describe).toList();
    }

    static Map<String, Object> describe(ModuleDescriptor module) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", module.id());
        view.put("name", Map.of("fr", module.name(Language.FR), "en", module.name(Language.EN)));
        view.put("description", Map.of("fr", module.description(Language.FR), "en", module.description(Language.EN)));
        view.put("version", module.version());
        view.put("entryPage", module.entryPage());
        view.put("roles", module.roles());
        return view;
    }
}
