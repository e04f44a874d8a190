package org.fabrique.core.internal.store;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fabrique accounts",
        description = "Password hashing, sessions and the throttling of failed logins.")
public @interface AccountsConfig {

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: 600000).")
    int passwordIterations() default 600_000;

    @AttributeDefinition(description = "How long a token stays valid after login, in hours.")
    int tokenLifetimeHours() default 720;

    @AttributeDefinition(description = "Failed logins for one address that lock it for a while.")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Window, in minutes, in which failed logins are counted.")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(description = "How long, in minutes, an address stays locked.")
    int lockMinutes() default 15;
}
