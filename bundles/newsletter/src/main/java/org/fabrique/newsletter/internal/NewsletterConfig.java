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

    @AttributeDefinition(description = "Confirmation mails one address receives at most in 24 hours (all lists together).")
    int confirmationsPerAddressPerDay() default 3;

    @AttributeDefinition(description = "Confirmation mails requested at most from one client IP address in an hour.")
    int confirmationsPerIpPerHour() default 10;

    @AttributeDefinition(description = "Address receiving unsubscribe requests by mail (List-Unsubscribe mailto).")
    String unsubscribeAddress() default "desabonnement@localhost";

    @AttributeDefinition(description = "Domain ending the List-Id of every list, e.g. lettres.fabrique-transition.fr.")
    String listIdDomain() default "lettres.localhost";

    @AttributeDefinition(description = "Id of the letter section assembled into the weekly agenda letter.")
    String weeklySection() default "agenda.week";

    @AttributeDefinition(description = "Slug of the list of the weekly agenda letter.")
    String weeklyList() default "agenda-semaine";

    @AttributeDefinition(description = "Day the weekly letter's draft is assembled, for the week from that day (MONDAY...SUNDAY).")
    String weeklyDay() default "MONDAY";

    @AttributeDefinition(description = "Hour (Europe/Paris) from which the weekly draft is assembled on that day.")
    int weeklyHour() default 6;

    @AttributeDefinition(description = "Send the weekly letter as soon as it is assembled, instead of leaving a draft for the editor.")
    boolean weeklyAutoSend() default false;

    @AttributeDefinition(description = "Bounce mailbox protocol: imap, imaps, pop3, pop3s, or none to read no bounces.")
    String bounceProtocol() default "none";

    @AttributeDefinition(description = "Host of the bounce mailbox.")
    String bounceHost() default "localhost";

    @AttributeDefinition(description = "Port of the bounce mailbox.")
    int bouncePort() default 143;

    @AttributeDefinition(description = "User of the bounce mailbox.")
    String bounceUser() default "";

    @AttributeDefinition(name = "Password", description = "Password of the bounce mailbox.",
            type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD, required = false)
    String _bouncePassword() default "";

    @AttributeDefinition(description = "How often the bounce mailbox is read, in seconds.")
    int bouncePollSeconds() default 300;

    @AttributeDefinition(description = "Soft bounces (4.x.x) of one address after which it is suppressed; a hard bounce (5.x.x) suppresses at once.")
    int softBounceLimit() default 3;
}
