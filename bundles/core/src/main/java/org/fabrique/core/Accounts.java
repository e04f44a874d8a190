package org.fabrique.core;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Passwords, logins and the tokens they give. */
@ProviderType
public interface Accounts {

    /** Sets (or replaces) the password of a person; {@link InvalidInput} on {@code password} if too weak. */
    void setPassword(long personId, String password);

    boolean hasPassword(long personId);

    /** True if this is the person's current password. */
    boolean verifyPassword(long personId, String password);

    /**
     * Checks the credentials and opens a session. Refused with {@link AuthenticationRequired} for
     * wrong credentials and {@link TooManyAttempts} after repeated failures for the address.
     */
    Session login(String email, String password);

    /** The caller a token stands for, while it is valid. */
    Optional<Caller> authenticate(String token);

    /** Ends the session of this token. */
    void logout(String token);

    /** Ends every session of a person (after a password change or an erasure). */
    void logoutEverywhere(long personId);
}
