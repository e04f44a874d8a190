package org.fabrique.newsletter.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fabrique newsletter",
        description = "How fast letters go out, how the send queue is shared by the nodes, and the lists' addresses.")
public @interface NewsletterConfig {

    /** {@code etc/org.fabrique.newsletter.cfg}. */
    String PID = "org.fabrique.newsletter";

    @AttributeDefinition(description = "Messages per second this node sends at most, all its connections together.")
    int messagesPerSecond() default 50;

    @AttributeDefinition(description = "SMTP connections this node keeps open in parallel while a letter goes out.")
    int connections() default 2;

    @AttributeDefinition(description = "Recipients a connection claims at once from the queue.")
    int batchSize() default 50;

    @AttributeDefinition(description = "Seconds after which a claimed recipient not yet sent (a crashed node) may be claimed again.")
    int claimSeconds() default 300;

    @AttributeDefinition(description = "Attempts in all for one recipient before it is marked failed.")
    int maxAttempts() default 5;

    @AttributeDefinition(description = "Delay before the first retry after a temporary failure, in seconds; it doubles with each attempt.")
    int firstRetrySeconds() default 60;

    @AttributeDefinition(description = "How often an idle node looks for work in the queue and for scheduled letters, in milliseconds.")
    int pollMillis() default 2000;

    @AttributeDefinition(description = "Hours during which the link of a confirmation mail is valid.")
    int confirmationHours() default 72;

    @AttributeDefinition(description = "Address receiving unsubscribe requests by mail (List-Unsubscribe mailto).")
    String unsubscribeAddress() default "desabonnement@localhost";

    @AttributeDefinition(description = "Domain ending the List-Id of every list, e.g. lettres.fabrique-transition.fr.")
    String listIdDomain() default "lettres.localhost";

    @AttributeDefinition(description = "Id of the letter section assembled into the weekly agenda letter.")
    String weeklySection() default "agenda.week";
}
