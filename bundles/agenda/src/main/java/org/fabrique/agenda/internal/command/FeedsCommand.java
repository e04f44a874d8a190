package org.fabrique.agenda.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.agenda.internal.Feed;
import org.fabrique.agenda.internal.Feeds;

@Command(scope = "agenda", name = "feeds", description = "Lists the iCalendar feeds the agenda imports, with their last import.")
@Service
public class FeedsCommand implements Action {

    @Reference
    Feeds feeds;

    @Override
    public Object execute() {
        System.out.printf("%-5s %-30s %-20s %s%n", "ID", "NAME", "LAST IMPORT", "URL");
        for (Feed feed : feeds.all()) {
            System.out.printf("%-5d %-30s %-20s %s%n", feed.id(), feed.name(),
                    feed.lastRunAt() == null ? "never" : feed.lastRunAt().toString().substring(0, 19), feed.url());
        }
        return null;
    }
}
