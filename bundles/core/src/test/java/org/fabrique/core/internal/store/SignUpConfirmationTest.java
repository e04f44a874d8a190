package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.EmailNotConfirmed;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** People who sign up themselves log in only once their address is confirmed; others are not concerned. */
public class SignUpConfirmationTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final String PASSWORD = "correct horse battery";

    private final TestClock clock = new TestClock();
    private AccountStore accounts;
    private Person lea;

    @Before
    public void aPersonWhoSignedUp() {
        db.clear();
        accounts = new AccountStore(db.database(), clock, 1000, Duration.ofHours(1), 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        lea = new PeopleStore(db.database(), clock).create(new PersonChange("Léa", "lea@example.org", null, Language.FR));
        accounts.setPassword(lea.id(), PASSWORD);
        accounts.requireConfirmation(lea.id());
    }

    @Test
    public void rightCredentialsBeforeConfirmationAreRefusedAsNotConfirmed() {
        EmailNotConfirmed refused = assertThrows(EmailNotConfirmed.class, () -> accounts.login("lea@example.org", PASSWORD));
        assertEquals(401, refused.status());
        assertTrue(refused.getMessage(), refused.getMessage().contains("Confirm your e-mail address first"));
    }

    @Test
    public void aWrongPasswordIsStillJustWrong() {
        AuthenticationRequired wrong = assertThrows(AuthenticationRequired.class,
                () -> accounts.login("lea@example.org", "not her password"));
        assertEquals(AuthenticationRequired.class, wrong.getClass());
    }

    @Test
    public void theConfirmationLinkOpensTheLogin() {
        String token = accounts.issueOneTimeToken(lea.id(), OneTimePurpose.CONFIRM_EMAIL, Duration.ofHours(48));
        assertEquals(lea.id(), accounts.redeemOneTimeToken(token, OneTimePurpose.CONFIRM_EMAIL));
        assertNotNull(accounts.login("lea@example.org", PASSWORD).token());
    }

    @Test
    public void aPasswordResetConfirmsTheAddressAndOpensTheLogin() {
        String token = accounts.issueOneTimeToken(lea.id(), OneTimePurpose.RESET_PASSWORD, Duration.ofHours(2));
        accounts.resetPassword(token, "a brand new secret");
        assertNotNull(accounts.login("lea@example.org", "a brand new secret").token());
    }

    @Test
    public void peopleCreatedOtherwiseLogInWithoutConfirmation() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paul@example.org", null, null));
        accounts.setPassword(paul.id(), PASSWORD);
        assertNotNull(accounts.login("paul@example.org", PASSWORD).token());
    }

    @Test
    public void requiringConfirmationWithoutAPasswordIsNotFound() {
        Person paul = new PeopleStore(db.database(), clock).create(new PersonChange("Paul", "paul@example.org", null, null));
        assertThrows(NotFound.class, () -> accounts.requireConfirmation(paul.id()));
    }

    @Test
    public void checkPasswordAppliesThePolicyWithoutSettingIt() {
        InvalidInput tooShort = assertThrows(InvalidInput.class, () -> accounts.checkPassword("short", "x@example.org"));
        InvalidInput email = assertThrows(InvalidInput.class,
                () -> accounts.checkPassword("camille-dupont 2024", "camille-dupont@example.org"));
        assertEquals("password", tooShort.field());
        assertEquals("password", email.field());
        accounts.checkPassword("a long enough secret", "camille@example.org");
    }
}
