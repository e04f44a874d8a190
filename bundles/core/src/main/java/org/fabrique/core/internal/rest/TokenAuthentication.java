package org.fabrique.core.internal.rest;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;

import org.fabrique.core.Accounts;
import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's {@link Caller}. No header means
 * an anonymous request; a header with an unknown, expired or malformed token is refused (401).
 */
@Component(service = {ContainerRequestFilter.class, TokenAuthentication.class}, property = "osgi.jaxrs.extension=true")
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;

    @Activate
    public TokenAuthentication(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationRequired("Send the token as 'Authorization: Bearer <token>'.");
        }
        Caller caller = accounts.authenticate(header.substring(BEARER.length()).trim())
                .orElseThrow(() -> new AuthenticationRequired("This token is unknown or has expired; log in again."));
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    }

    /** The raw token of the request, for logout. */
    static String token(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return header == null || header.length() <= BEARER.length() ? null : header.substring(BEARER.length()).trim();
    }
}
