package org.fabrique.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.core.AuditLog;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;

@Command(scope = "fabrique", name = "module-install",
        description = "Installs a capability module live, without restarting any other bundle.")
@Service
public class ModuleInstallCommand implements Action {

    @Reference
    Modules modules;

    @Reference
    AuditLog audit;

    @Argument(index = 0, name = "id", required = true, description = "Module id, e.g. agenda")
    String id;

    @Override
    public Object execute() {
        ModuleState state = modules.install(id);
        audit.record(null, "module.install", "module/" + id, "from the Karaf shell");
        System.out.println(state.id() + " " + state.version() + (state.installed() ? " installed" : " not installed"));
        return null;
    }
}
