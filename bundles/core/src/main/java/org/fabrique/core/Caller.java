package org.fabrique.core;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

/**
 * The person behind a request, as the core authenticated them. Resources obtain it from the
 * JAX-RS {@link SecurityContext}; a request without a token has no caller.
 */
public record Caller(long personId, String email, String name, Language language, Set<String> roles)
        implements Principal {

    /** The platform role of the administrators. */
    public static final String ADMIN = "admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return email;
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** True for an administrator, or for whoever was granted the role (e.g. {@code agenda.moderator}). */
    public boolean hasRole(String role) {
        return isAdmin() || roles.contains(role);
    }

    /** The caller of this request, if it carried a valid token. */
    public static Optional<Caller> of(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /** The caller of this request; a request without a valid token is refused with 401. */
    public static Caller required(SecurityContext context) {
        return of(context).orElseThrow(() -> new AuthenticationRequired("Log in to do this."));
    }

    /** The caller, who must be an administrator (401 if anonymous, 403 otherwise). */
    public static Caller admin(SecurityContext context) {
        Caller caller = required(context);
        if (!caller.isAdmin()) {
            throw new AccessDenied("Only an administrator may do this.");
        }
        return caller;
    }
}
