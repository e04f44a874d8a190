package org.fabrique.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fabrique.core.ModuleState;
import org.fabrique.core.Modules;

@Command(scope = "fabrique", name = "module-list", description = "Lists the capability modules and whether they are installed.")
@Service
public class ModuleListCommand implements Action {

    @Reference
    Modules modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Feature");
        table.column("Version");
        table.column("Installed");
        table.column("Started");
        for (ModuleState module : modules.available()) {
            table.addRow().addContent(module.id(), module.feature(), module.version(),
                    module.installed() ? "yes" : "no", module.started() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
