package org.fabrique.core.internal.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.fabrique.core.Caller;

/** The JAX-RS view of an authenticated caller: roles are platform roles. */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
