package org.fabrique.newsletter.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fabrique.newsletter.internal.DeliveryQueue;
import org.fabrique.newsletter.internal.Letters;

@Command(scope = "newsletter", name = "resend-failed", description = "Queues again the recipients of a letter whose delivery failed.")
@Service
public class ResendFailedCommand implements Action {

    @Reference
    Letters letters;

    @Reference
    DeliveryQueue queue;

    @Argument(index = 0, name = "letter", description = "Id of the letter", required = true)
    long letter;

    @Override
    public Object execute() {
        letters.require(letter);
        System.out.println(queue.resendFailed(letter) + " recipient(s) queued again for letter " + letter);
        return null;
    }
}
