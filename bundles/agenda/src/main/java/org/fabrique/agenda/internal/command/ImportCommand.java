package org.fabrique.agenda.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.agenda.internal.FeedRun;
import org.fabrique.agenda.internal.Feeds;

@Command(scope = "agenda", name = "import", description = "Imports a feed now and prints the report.")
@Service
public class ImportCommand implements Action {

    @Reference
    Feeds feeds;

    @Argument(index = 0, name = "feed", required = true, description = "The feed's id (see agenda:feeds)")
    long feed;

    @Override
    public Object execute() {
        FeedRun run = feeds.run(feed);
        System.out.println(run.outcome() + (run.error() == null ? "" : ": " + run.error()));
        System.out.printf("added %d, updated %d, unchanged %d, removed %d, rejected %d%n", run.added(), run.updated(),
                run.unchanged(), run.removed(), run.rejected());
        run.rejections().forEach(r -> System.out.println("  " + r));
        return null;
    }
}
