package org.fabrique.newsletter.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.Subscriptions;

@Command(scope = "newsletter", name = "lists", description = "Lists the mailing lists and their confirmed subscribers.")
@Service
public class ListsCommand implements Action {

    @Reference
    MailingLists lists;

    @Reference
    Subscriptions subscriptions;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Slug");
        table.column("Name");
        table.column("Visibility");
        table.column("Subscribers");
        for (MailingList list : lists.all()) {
            table.addRow().addContent(list.id(), list.slug(), list.name(), list.visibility(),
                    subscriptions.confirmedCount(list.id()));
        }
        table.print(System.out);
        return null;
    }
}
