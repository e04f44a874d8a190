package org.fabrique.core;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Passwords, logins and the tokens they give; e-mail confirmation and single-use links. */
@ProviderType
public interface Accounts {

    /** Sets (or replaces) the password of a person; {@link InvalidInput} on {@code password} if too weak. */
    void setPassword(long personId, String password);

    boolean hasPassword(long personId);

    /**
     * Checks a password against the policy without setting it, e.g. before a sign-up creates the person.
     *
     * @param email the address of the person it is for, which the password must not contain
     * @throws InvalidInput on {@code password} if it is too weak
     */
    void checkPassword(String password, String email);

    /**
     * For people who sign up themselves: refuses their logins with {@link EmailNotConfirmed} until
     * their address is confirmed ({@link #confirmEmail}, a confirmation link, or a password reset).
     * People created otherwise (the first administrator, by an administrator) are not concerned.
     *
     * @throws NotFound if the person has no password yet
     */
    void requireConfirmation(long personId);

    /** True if this is the person's current password. */
    boolean verifyPassword(long personId, String password);

    /**
     * Checks the credentials and opens a session. Refused with {@link AuthenticationRequired} for
     * wrong credentials, {@link EmailNotConfirmed} for right ones of a person who must confirm their
     * address first ({@link #requireConfirmation}), and {@link TooManyAttempts} after repeated
     * failures for the address.
     */
    Session login(String email, String password);

    /** The caller a token stands for, while it is valid. */
    Optional<Caller> authenticate(String token);

    /** Ends the session of this token. */
    void logout(String token);

    /** Ends every session of a person (after a password change or an erasure). */
    void logoutEverywhere(long personId);

    /**
     * A fresh single-use token for a link sent to the person's address; only its SHA-256 is stored.
     * It replaces the person's earlier tokens of the same purpose, which stop working.
     *
     * @param lifetime how long the link stays usable, positive
     * @throws NotFound if there is no such person
     */
    String issueOneTimeToken(long personId, OneTimePurpose purpose, Duration lifetime);

    /**
     * Uses up a token of this purpose and tells whose it is. It succeeds only once, even when
     * several requests (on several nodes) present it at the same time. Redeeming a
     * {@link OneTimePurpose#CONFIRM_EMAIL} token also confirms the person's e-mail address.
     *
     * @return the id of the person the token was issued to
     * @throws InvalidInput on {@code token} if it is unknown, expired, already used or of another purpose
     */
    long redeemOneTimeToken(String token, OneTimePurpose purpose);

    /**
     * True once the person has proved they receive mail at their current address.
     *
     * @throws NotFound if there is no such person
     */
    boolean isEmailConfirmed(long personId);

    /**
     * Records that the person's address is confirmed (by a link, or by an administrator); the
     * first confirmation is kept. Changing the address withdraws it.
     *
     * @throws NotFound if there is no such person
     */
    void confirmEmail(long personId);

    /**
     * The forgotten-password flow: redeems a {@link OneTimePurpose#RESET_PASSWORD} token, sets the
     * new password, ends every other session of the person, confirms their address (whoever got
     * the link owns it) and opens a new session. A weak password leaves the token usable.
     *
     * @throws InvalidInput on {@code token} as {@link #redeemOneTimeToken}, or on {@code newPassword}
     *                      if the password is too weak
     */
    Session resetPassword(String token, String newPassword);
}
