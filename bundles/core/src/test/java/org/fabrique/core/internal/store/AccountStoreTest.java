package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Session;
import org.fabrique.core.TooManyAttempts;
import org.fabrique.core.internal.security.Tokens;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class AccountStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final String PASSWORD = "correct horse battery";
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final TestClock clock = new TestClock();
    private AccountStore accounts;
    private Person marie;
    private Person pierre;

    @Before
    public void twoPeopleWithPasswords() {
        db.clear();
        accounts = new AccountStore(db.database(), clock, 1000, LIFETIME, 3, Duration.ofMinutes(15), LOCK);
        PeopleStore people = new PeopleStore(db.database(), clock);
        marie = people.create(new PersonChange("Marie", "marie@example.org", null, Language.EN));
        pierre = people.create(new PersonChange("Pierre", "pierre@example.org", null, null));
        accounts.setPassword(marie.id(), PASSWORD);
        accounts.setPassword(pierre.id(), "his own secret 42");
    }

    private void failLogins(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(AuthenticationRequired.class, () -> accounts.login(email, "wrong password"));
        }
    }

    private long tokensOf(Person person) {
        return db.read(em -> em.createQuery("SELECT COUNT(t) FROM TokenEntity t WHERE t.personId = :p", Long.class)
                .setParameter("p", person.id()).getSingleResult());
    }

    @Test
    public void setPasswordEnforcesThePolicy() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paulo@example.org", null, null));

        InvalidInput tooShort = assertThrows(InvalidInput.class, () -> accounts.setPassword(paul.id(), "short"));
        InvalidInput email = assertThrows(InvalidInput.class, () -> accounts.setPassword(paul.id(), "my name is PAULO!"));

        assertEquals("password", tooShort.field());
        assertEquals("password", email.field());
        assertFalse(accounts.hasPassword(paul.id()));
    }

    @Test
    public void setPasswordOfUnknownPersonIsNotFound() {
        assertThrows(NotFound.class, () -> accounts.setPassword(987_654, PASSWORD));
    }

    @Test
    public void passwordIsStoredAsAHashWithTheConfiguredIterations() {
        String stored = db.read(em -> em.find(AccountEntity.class, marie.id()).passwordHash);

        assertTrue(stored, stored.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    public void verifyPasswordAcceptsOnlyTheCurrentPassword() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paul@example.org", null, null));

        assertTrue(accounts.verifyPassword(marie.id(), PASSWORD));
        assertFalse(accounts.verifyPassword(marie.id(), "his own secret 42"));
        assertFalse(accounts.verifyPassword(paul.id(), PASSWORD));
        assertTrue(accounts.hasPassword(marie.id()));
        assertFalse(accounts.hasPassword(paul.id()));

        accounts.setPassword(marie.id(), "a brand new passphrase");

        assertFalse(accounts.verifyPassword(marie.id(), PASSWORD));
        assertTrue(accounts.verifyPassword(marie.id(), "a brand new passphrase"));
    }

    @Test
    public void loginGivesATokenThatAuthenticatesAsThePersonWithTheirRoles() {
        new RoleStore(db.database(), clock).grant(marie.id(), Caller.ADMIN);

        Session session = accounts.login(" MARIE@example.org ", PASSWORD);
        Caller caller = accounts.authenticate(session.token()).orElseThrow();

        assertEquals(marie.id(), session.personId());
        assertEquals(clock.instant().plus(LIFETIME), session.expiresAt());
        assertEquals(marie.id(), caller.personId());
        assertEquals("marie@example.org", caller.email());
        assertEquals("Marie", caller.name());
        assertEquals(Language.EN, caller.language());
        assertEquals(Set.of(Caller.ADMIN), caller.roles());
        assertEquals(Set.of(), accounts.authenticate(accounts.login("pierre@example.org", "his own secret 42")
                .token()).orElseThrow().roles());
    }

    @Test
    public void wrongPasswordAndUnknownEmailAreRefusedAlike() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paul@example.org", null, null));

        AuthenticationRequired wrongPassword = assertThrows(AuthenticationRequired.class,
                () -> accounts.login("marie@example.org", "not the password"));
        AuthenticationRequired unknownEmail = assertThrows(AuthenticationRequired.class,
                () -> accounts.login("nobody@example.org", PASSWORD));
        AuthenticationRequired noPassword = assertThrows(AuthenticationRequired.class,
                () -> accounts.login(paul.email(), PASSWORD));

        assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
        assertEquals(wrongPassword.getMessage(), noPassword.getMessage());
        assertEquals(401, unknownEmail.status());
        assertEquals(0, db.count("TokenEntity"));
    }

    @Test
    public void missingPasswordIsRefusedAsWrongCredentials() {
        assertThrows(AuthenticationRequired.class, () -> accounts.login("marie@example.org", null));
    }

    @Test
    public void repeatedFailuresLockTheAddressEvenForTheRightPasswordUntilTheLockEnds() {
        failLogins("Marie@Example.org", 3);

        TooManyAttempts locked = assertThrows(TooManyAttempts.class, () -> accounts.login("marie@example.org", PASSWORD));
        assertEquals(LOCK, locked.retryAfter());
        assertEquals(429, locked.status());
        assertEquals("email", locked.field());

        clock.advance(Duration.ofMinutes(14));
        assertEquals(Duration.ofMinutes(1),
                assertThrows(TooManyAttempts.class, () -> accounts.login("marie@example.org", PASSWORD)).retryAfter());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(marie.id(), accounts.login("marie@example.org", PASSWORD).personId());
        assertEquals(pierre.id(), accounts.login("pierre@example.org", "his own secret 42").personId());
    }

    @Test
    public void unknownAddressesAreLockedToo() {
        failLogins("ghost@example.org", 3);

        assertThrows(TooManyAttempts.class, () -> accounts.login("ghost@example.org", PASSWORD));
    }

    @Test
    public void failuresOutsideTheWindowDoNotAddUp() {
        failLogins("marie@example.org", 2);
        clock.advance(Duration.ofMinutes(16));
        failLogins("marie@example.org", 2);

        assertEquals(marie.id(), accounts.login("marie@example.org", PASSWORD).personId());
    }

    @Test
    public void successfulLoginForgetsEarlierFailures() {
        failLogins("marie@example.org", 2);
        accounts.login("marie@example.org", PASSWORD);
        failLogins("marie@example.org", 2);

        assertEquals(marie.id(), accounts.login("marie@example.org", PASSWORD).personId());
    }

    @Test
    public void tokenExpiresAtTheEndOfItsLifetime() {
        String token = accounts.login("marie@example.org", PASSWORD).token();

        clock.advance(LIFETIME.minusSeconds(1));
        assertTrue(accounts.authenticate(token).isPresent());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), accounts.authenticate(token));
    }

    @Test
    public void loginDiscardsThePersonsExpiredTokens() {
        accounts.login("marie@example.org", PASSWORD);
        accounts.login("pierre@example.org", "his own secret 42");
        clock.advance(LIFETIME.plusMinutes(1));

        accounts.login("marie@example.org", PASSWORD);

        assertEquals(1, tokensOf(marie));
        assertEquals(1, tokensOf(pierre));
    }

    @Test
    public void logoutEndsOnlyThatSession() {
        String first = accounts.login("marie@example.org", PASSWORD).token();
        String second = accounts.login("marie@example.org", PASSWORD).token();

        accounts.logout(first);

        assertEquals(Optional.empty(), accounts.authenticate(first));
        assertTrue(accounts.authenticate(second).isPresent());
    }

    @Test
    public void logoutEverywhereEndsEverySessionOfThatPersonOnly() {
        String first = accounts.login("marie@example.org", PASSWORD).token();
        String second = accounts.login("marie@example.org", PASSWORD).token();
        String other = accounts.login("pierre@example.org", "his own secret 42").token();

        accounts.logoutEverywhere(marie.id());

        assertEquals(Optional.empty(), accounts.authenticate(first));
        assertEquals(Optional.empty(), accounts.authenticate(second));
        assertTrue(accounts.authenticate(other).isPresent());
    }

    @Test
    public void tokenIsStoredOnlyAsItsHash() {
        String token = accounts.login("marie@example.org", PASSWORD).token();

        List<String> stored = db.read(em -> em.createQuery("SELECT t FROM TokenEntity t", TokenEntity.class)
                .getResultList().stream().map(t -> t.tokenHash).toList());

        assertEquals(List.of(Tokens.sha256(token)), stored);
        assertNotEquals(token, stored.get(0));
    }

    @Test
    public void unknownOrMalformedTokensAuthenticateNobody() {
        String token = accounts.login("marie@example.org", PASSWORD).token();

        assertEquals(Optional.empty(), accounts.authenticate(null));
        assertEquals(Optional.empty(), accounts.authenticate(" "));
        assertEquals(Optional.empty(), accounts.authenticate(Tokens.newToken()));
        assertEquals(Optional.empty(), accounts.authenticate(Tokens.sha256(token)));
        assertEquals(Optional.empty(), accounts.authenticate(token + "x".repeat(100)));
    }
}
