package org.fabrique.core.internal.security;

import org.fabrique.core.Caller;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the first start, when nobody is an administrator yet, creates one from
 * {@code FABRIQUE_ADMIN_EMAIL} / {@code FABRIQUE_ADMIN_PASSWORD} (environment, or the system
 * properties {@code fabrique.admin.email} / {@code fabrique.admin.password}); without a password,
 * a random one is printed once to the log. There is no default password.
 */
@Component(immediate = true)
public class FirstAdministrator {

    static final String DEFAULT_EMAIL = "admin@fabrique.invalid";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    @Activate
    public FirstAdministrator(@Reference Administrators administrators, @Reference Roles roles) {
        if (roles.anyoneHas(Caller.ADMIN)) {
            return;
        }
        String email = setting("FABRIQUE_ADMIN_EMAIL", "fabrique.admin.email", DEFAULT_EMAIL);
        String given = setting("FABRIQUE_ADMIN_PASSWORD", "fabrique.admin.password", null);
        try {
            String password = administrators.create(email, "Administrateur", given);
            if (given == null) {
                LOG.warn("First administrator created: {} with the password {} (shown once; change it)", email, password);
            } else {
                LOG.info("First administrator created: {}", email);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not create the first administrator {}: {}", email, e.getMessage());
        }
    }

    private static String setting(String variable, String property, String fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
