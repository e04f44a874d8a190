package org.fabrique.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.core.internal.security.Administrators;

@Command(scope = "fabrique", name = "admin-create",
        description = "Makes a person an administrator (creating them if needed); prints a random password unless one is given.")
@Service
public class AdminCreateCommand implements Action {

    @Reference
    Administrators administrators;

    @Argument(index = 0, name = "email", required = true, description = "E-mail address of the administrator")
    String email;

    @Option(name = "--name", description = "Name, for a new person")
    String name;

    @Option(name = "--password", description = "Password to set (at least 10 characters); random if absent")
    String password;

    @Override
    public Object execute() {
        String effective = administrators.create(email, name, password);
        System.out.println(password == null ? "Administrator " + email + " created, password: " + effective
                : "Administrator " + email + " created.");
        return null;
    }
}
