package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.Language;
import org.fabrique.core.NotFound;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.core.internal.security.Tokens;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Single-use links and e-mail confirmation, through {@link AccountStore}. */
public class OneTimeTokensTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final Duration LINK_LIFETIME = Duration.ofHours(2);

    private final TestClock clock = new TestClock();
    private AccountStore accounts;
    private PeopleStore people;
    private Person marie;
    private Person pierre;

    @Before
    public void twoPeople() {
        db.clear();
        accounts = new AccountStore(db.database(), clock, 1000, Duration.ofHours(1), 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        people = new PeopleStore(db.database(), clock);
        marie = people.create(new PersonChange("Marie", "marie@example.org", null, Language.FR));
        pierre = people.create(new PersonChange("Pierre", "pierre@example.org", null, null));
    }

    private String issue(Person person, OneTimePurpose purpose) {
        return accounts.issueOneTimeToken(person.id(), purpose, LINK_LIFETIME);
    }

    private void assertRefused(String token, OneTimePurpose purpose) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> accounts.redeemOneTimeToken(token, purpose));
        assertEquals("token", refused.field());
        assertEquals(OneTimeTokens.EXPIRED_OR_USED, refused.getMessage());
        assertEquals(400, refused.status());
    }

    @Test
    public void tokenRedeemsOnceAndOnlyOnce() {
        String token = issue(marie, OneTimePurpose.RESET_PASSWORD);

        assertEquals(marie.id(), accounts.redeemOneTimeToken(token, OneTimePurpose.RESET_PASSWORD));

        assertRefused(token, OneTimePurpose.RESET_PASSWORD);
    }

    @Test
    public void tokenExpiresAtTheEndOfItsLifetime() {
        String early = issue(marie, OneTimePurpose.RESET_PASSWORD);
        String late = issue(pierre, OneTimePurpose.RESET_PASSWORD);

        clock.advance(LINK_LIFETIME.minusSeconds(1));
        assertEquals(marie.id(), accounts.redeemOneTimeToken(early, OneTimePurpose.RESET_PASSWORD));

        clock.advance(Duration.ofSeconds(1));
        assertRefused(late, OneTimePurpose.RESET_PASSWORD);
    }

    @Test
    public void wrongPurposeIsRefusedAndLeavesTheTokenUsable() {
        String token = issue(marie, OneTimePurpose.CONFIRM_EMAIL);

        assertRefused(token, OneTimePurpose.RESET_PASSWORD);
        assertThrows(InvalidInput.class, () -> accounts.resetPassword(token, "a brand new passphrase"));

        assertEquals(marie.id(), accounts.redeemOneTimeToken(token, OneTimePurpose.CONFIRM_EMAIL));
    }

    @Test
    public void newerTokenReplacesTheOlderOneOfTheSamePurposeOnly() {
        String older = issue(marie, OneTimePurpose.RESET_PASSWORD);
        String confirmation = issue(marie, OneTimePurpose.CONFIRM_EMAIL);
        String pierres = issue(pierre, OneTimePurpose.RESET_PASSWORD);

        String newer = issue(marie, OneTimePurpose.RESET_PASSWORD);

        assertRefused(older, OneTimePurpose.RESET_PASSWORD);
        assertEquals(marie.id(), accounts.redeemOneTimeToken(newer, OneTimePurpose.RESET_PASSWORD));
        assertEquals(marie.id(), accounts.redeemOneTimeToken(confirmation, OneTimePurpose.CONFIRM_EMAIL));
        assertEquals(pierre.id(), accounts.redeemOneTimeToken(pierres, OneTimePurpose.RESET_PASSWORD));
    }

    @Test
    public void unknownOrMalformedTokensAreRefused() {
        String token = issue(marie, OneTimePurpose.RESET_PASSWORD);

        assertRefused(null, OneTimePurpose.RESET_PASSWORD);
        assertRefused(" ", OneTimePurpose.RESET_PASSWORD);
        assertRefused(Tokens.newToken(), OneTimePurpose.RESET_PASSWORD);
        assertRefused(Tokens.sha256(token), OneTimePurpose.RESET_PASSWORD);
        assertRefused(token + "x".repeat(100), OneTimePurpose.RESET_PASSWORD);
    }

    @Test
    public void tokenIsStoredOnlyAsItsHash() {
        String token = issue(marie, OneTimePurpose.CONFIRM_EMAIL);

        List<String> stored = db.read(em -> em.createQuery("SELECT t.tokenHash FROM OneTimeTokenEntity t", String.class)
                .getResultList());

        assertEquals(List.of(Tokens.sha256(token)), stored);
        assertNotEquals(token, stored.get(0));
        assertEquals(0, db.sqlCount("SELECT COUNT(*) FROM CORE_ONE_TIME_TOKEN WHERE TOKEN_HASH = '" + token + "'"));
    }

    @Test
    public void issuingForUnknownPersonIsNotFound() {
        assertThrows(NotFound.class, () -> accounts.issueOneTimeToken(987_654, OneTimePurpose.CONFIRM_EMAIL,
                LINK_LIFETIME));
        assertThrows(IllegalArgumentException.class, () -> accounts.issueOneTimeToken(marie.id(),
                OneTimePurpose.CONFIRM_EMAIL, Duration.ZERO));
        assertEquals(0, db.count("OneTimeTokenEntity"));
    }

    @Test
    public void redeemingAConfirmationConfirmsTheAddress() {
        String token = issue(marie, OneTimePurpose.CONFIRM_EMAIL);
        assertFalse(accounts.isEmailConfirmed(marie.id()));

        accounts.redeemOneTimeToken(token, OneTimePurpose.CONFIRM_EMAIL);

        assertTrue(accounts.isEmailConfirmed(marie.id()));
        assertFalse(accounts.isEmailConfirmed(pierre.id()));
    }

    @Test
    public void redeemingAResetLinkAloneDoesNotConfirmTheAddress() {
        accounts.redeemOneTimeToken(issue(marie, OneTimePurpose.RESET_PASSWORD), OneTimePurpose.RESET_PASSWORD);

        assertFalse(accounts.isEmailConfirmed(marie.id()));
    }

    @Test
    public void confirmingByHandKeepsTheFirstDate() {
        Instant first = clock.instant();
        accounts.confirmEmail(marie.id());
        clock.advance(Duration.ofDays(1));

        accounts.confirmEmail(marie.id());

        assertTrue(accounts.isEmailConfirmed(marie.id()));
        assertEquals(first, db.read(em -> em.find(PersonEntity.class, marie.id()).emailConfirmedAt));
        assertThrows(NotFound.class, () -> accounts.confirmEmail(987_654));
        assertThrows(NotFound.class, () -> accounts.isEmailConfirmed(987_654));
    }

    @Test
    public void changingTheAddressWithdrawsItsConfirmationAndPendingLinks() {
        accounts.confirmEmail(marie.id());
        String link = issue(marie, OneTimePurpose.RESET_PASSWORD);

        people.update(marie.id(), new PersonChange("Marie", " MARIE@example.org ", "0102030405", Language.FR));
        assertTrue("the same address, spelt otherwise, stays confirmed", accounts.isEmailConfirmed(marie.id()));

        people.update(marie.id(), new PersonChange("Marie", "marie@elsewhere.example", null, Language.FR));

        assertFalse(accounts.isEmailConfirmed(marie.id()));
        assertRefused(link, OneTimePurpose.RESET_PASSWORD);
    }
}
