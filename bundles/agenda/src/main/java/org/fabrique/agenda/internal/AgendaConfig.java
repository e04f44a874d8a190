package org.fabrique.agenda.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.fabrique.agenda.cfg}. */
@ObjectClassDefinition(name = "Fabrique agenda", description = "Feed imports, the occurrence horizon and submissions")
public @interface AgendaConfig {

    String PID = "org.fabrique.agenda";

    @AttributeDefinition(description = "Minutes between two scheduled imports of a feed (0: only on demand)")
    int importIntervalMinutes() default 60;

    @AttributeDefinition(description = "Seconds to connect to a feed, and to read it")
    int fetchTimeoutSeconds() default 20;

    @AttributeDefinition(description = "Largest feed read, in bytes")
    int maxFeedBytes() default 20 * 1024 * 1024;

    @AttributeDefinition(description = "Days before today kept in the occurrence index")
    int horizonPastDays() default 365;

    @AttributeDefinition(description = "Days after today expanded into the occurrence index")
    int horizonFutureDays() default 548;

    @AttributeDefinition(description = "Submissions without an account per e-mail address and per IP address per hour")
    int submissionsPerHour() default 5;
}
