package org.fabrique.newsletter.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fabrique.newsletter.internal.DeliveryCounts;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.Letters;

@Command(scope = "newsletter", name = "status", description = "Shows the send status of the letters, or of one letter.")
@Service
public class StatusCommand implements Action {

    @Reference
    Letters letters;

    @Reference
    DeliveryQueue queue;

    @Argument(index = 0, name = "letter", description = "Id of a letter; all letters when omitted", required = false)
    Long letter;

    @Override
    public Object execute() {
        List<Letter> shown = letter == null ? letters.all() : List.of(letters.require(letter));
        ShellTable table = new ShellTable();
        for (String column : List.of("Id", "Subject", "Status", "Total", "Queued", "Sending", "Sent", "Failed")) {
            table.column(column);
        }
        for (Letter l : shown) {
            DeliveryCounts c = queue.counts(l.id());
            table.addRow().addContent(l.id(), l.subject(), l.status(), c.total(), c.queued(), c.sending(), c.sent(),
                    c.failed());
        }
        table.print(System.out);
        if (letter != null) {
            for (String[] failure : queue.failures(letter)) {
                System.out.println("failed: " + failure[0] + " — " + failure[1]);
            }
        }
        return null;
    }
}
