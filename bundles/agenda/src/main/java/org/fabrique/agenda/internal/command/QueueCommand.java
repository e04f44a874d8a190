package org.fabrique.agenda.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.agenda.Event;
import org.fabrique.agenda.internal.Events;

@Command(scope = "agenda", name = "queue", description = "Lists the events waiting for moderation, oldest first.")
@Service
public class QueueCommand implements Action {

    @Reference
    Events events;

    @Override
    public Object execute() {
        System.out.printf("%-6s %-17s %s%n", "ID", "STARTS (UTC)", "TITLE");
        for (Event event : events.queue(200)) {
            System.out.printf("%-6d %-17s %s%n", event.id(), event.startsAt().toString().substring(0, 16), event.title());
        }
        return null;
    }
}
