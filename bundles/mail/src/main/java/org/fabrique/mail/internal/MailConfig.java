package org.fabrique.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Fabrique mail",
        description = "The SMTP server that sends the platform's mail, the sender, and how the outbox retries.")
public @interface MailConfig {

    /** The components of the bundle read this configuration: {@code etc/org.fabrique.mail.cfg}. */
    String PID = "org.fabrique.mail";

    @AttributeDefinition(description = "Host name of the SMTP server.")
    String host() default "localhost";

    @AttributeDefinition(description = "Port of the SMTP server: 25 (relay), 587 (submission, starttls) or 465 (tls).")
    int port() default 25;

    @AttributeDefinition(description = "Encryption of the connection: none, starttls (required, never falls back to clear text) or tls.",
            options = {@Option(label = "None", value = "none"), @Option(label = "STARTTLS", value = "starttls"),
                @Option(label = "TLS", value = "tls")})
    String security() default "none";

    @AttributeDefinition(description = "User name for SMTP authentication; empty for none.", required = false)
    String username() default "";

    /**
     * The key is {@code .password}: a property whose name starts with a dot stays private to the
     * component, whereas the others are published with the {@code Mailer} service for all to read.
     */
    @AttributeDefinition(name = "Password", description = "Password for SMTP authentication.",
            type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(description = "Address the mail comes from.")
    String fromAddress() default "fabrique@localhost";

    @AttributeDefinition(description = "Name shown with the sender's address.")
    String fromName() default "Fabrique de la Transition";

    @AttributeDefinition(description = "How long to wait for the connection to the SMTP server, in milliseconds.")
    int connectTimeoutMillis() default 5_000;

    @AttributeDefinition(description = "How long to wait for each answer of the SMTP server, in milliseconds.")
    int timeoutMillis() default 30_000;

    @AttributeDefinition(description = "Attempts in all, the first one included, before a queued mail is marked failed.")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "Delay before the first retry, in seconds; it doubles with each attempt, up to one hour.")
    int firstRetryDelaySeconds() default 30;

    @AttributeDefinition(description = "How often the outbox looks for mail due for a retry, in seconds.")
    int retryIntervalSeconds() default 15;
}
