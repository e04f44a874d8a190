package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.Session;
import org.fabrique.core.TooManyAttempts;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The forgotten-password flow: a RESET_PASSWORD link lets its holder choose a new password. */
public class PasswordResetTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final String OLD_PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final Duration SESSION_LIFETIME = Duration.ofHours(1);

    private final TestClock clock = new TestClock();
    private AccountStore accounts;
    private Person marie;
    private Person pierre;

    @Before
    public void twoPeopleWithPasswords() {
        db.clear();
        accounts = new AccountStore(db.database(), clock, 1000, SESSION_LIFETIME, 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        PeopleStore people = new PeopleStore(db.database(), clock);
        marie = people.create(new PersonChange("Marie", "marie@example.org", null, null));
        pierre = people.create(new PersonChange("Pierre", "pierre@example.org", null, null));
        accounts.setPassword(marie.id(), OLD_PASSWORD);
        accounts.setPassword(pierre.id(), OLD_PASSWORD);
    }

    private String resetLink(Person person) {
        return accounts.issueOneTimeToken(person.id(), OneTimePurpose.RESET_PASSWORD, Duration.ofHours(2));
    }

    @Test
    public void resetSetsTheNewPasswordAndOpensASession() {
        Session session = accounts.resetPassword(resetLink(marie), NEW_PASSWORD);

        assertEquals(marie.id(), session.personId());
        assertEquals(clock.instant().plus(SESSION_LIFETIME), session.expiresAt());
        assertEquals(marie.id(), accounts.authenticate(session.token()).orElseThrow().personId());
        assertEquals(marie.id(), accounts.login("marie@example.org", NEW_PASSWORD).personId());
        assertThrows(AuthenticationRequired.class, () -> accounts.login("marie@example.org", OLD_PASSWORD));
    }

    @Test
    public void resetEndsThePersonsOtherSessionsOnly() {
        String before = accounts.login("marie@example.org", OLD_PASSWORD).token();
        String pierres = accounts.login("pierre@example.org", OLD_PASSWORD).token();

        accounts.resetPassword(resetLink(marie), NEW_PASSWORD);

        assertEquals(Optional.empty(), accounts.authenticate(before));
        assertTrue(accounts.authenticate(pierres).isPresent());
    }

    @Test
    public void resetConfirmsTheAddress() {
        assertFalse(accounts.isEmailConfirmed(marie.id()));

        accounts.resetPassword(resetLink(marie), NEW_PASSWORD);

        assertTrue(accounts.isEmailConfirmed(marie.id()));
    }

    @Test
    public void weakPasswordIsRefusedAndTheLinkStaysUsable() {
        String link = resetLink(marie);

        InvalidInput tooShort = assertThrows(InvalidInput.class, () -> accounts.resetPassword(link, "short"));
        InvalidInput email = assertThrows(InvalidInput.class, () -> accounts.resetPassword(link, "marie is my name"));

        assertEquals("newPassword", tooShort.field());
        assertEquals("newPassword", email.field());
        assertTrue(accounts.verifyPassword(marie.id(), OLD_PASSWORD));
        assertFalse(accounts.isEmailConfirmed(marie.id()));
        assertEquals(marie.id(), accounts.resetPassword(link, NEW_PASSWORD).personId());
    }

    @Test
    public void resetLinkWorksOnce() {
        String link = resetLink(marie);
        accounts.resetPassword(link, NEW_PASSWORD);

        InvalidInput again = assertThrows(InvalidInput.class, () -> accounts.resetPassword(link, "yet another passphrase"));

        assertEquals("token", again.field());
        assertTrue(accounts.verifyPassword(marie.id(), NEW_PASSWORD));
    }

    @Test
    public void expiredLinkIsRefused() {
        String link = resetLink(marie);
        clock.advance(Duration.ofHours(2));

        assertEquals("token", assertThrows(InvalidInput.class, () -> accounts.resetPassword(link, NEW_PASSWORD)).field());
        assertTrue(accounts.verifyPassword(marie.id(), OLD_PASSWORD));
    }

    @Test
    public void resetGivesAPasswordToSomeoneWhoHadNone() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paul@example.org", null, null));

        accounts.resetPassword(resetLink(paul), NEW_PASSWORD);

        assertTrue(accounts.hasPassword(paul.id()));
        assertEquals(paul.id(), accounts.login("paul@example.org", NEW_PASSWORD).personId());
    }

    @Test
    public void resetUnlocksAnAddressLockedByFailedLogins() {
        for (int i = 0; i < 3; i++) {
            assertThrows(AuthenticationRequired.class, () -> accounts.login("marie@example.org", "wrong password"));
        }
        assertThrows(TooManyAttempts.class, () -> accounts.login("marie@example.org", OLD_PASSWORD));

        accounts.resetPassword(resetLink(marie), NEW_PASSWORD);

        assertEquals(marie.id(), accounts.login("marie@example.org", NEW_PASSWORD).personId());
    }
}
