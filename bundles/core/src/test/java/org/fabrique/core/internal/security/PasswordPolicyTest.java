package org.fabrique.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.fabrique.core.InvalidInput;
import org.junit.Test;

public class PasswordPolicyTest {

    private static final String EMAIL = "marie.curie@example.org";

    private static InvalidInput refused(String password, String email) {
        return assertThrows(InvalidInput.class, () -> PasswordPolicy.check("newPassword", password, email));
    }

    @Test
    public void passwordShorterThanTenCharactersIsRefusedOnTheGivenField() {
        InvalidInput e = refused("123456789", EMAIL);

        assertEquals("newPassword", e.field());
        assertEquals(400, e.status());
        PasswordPolicy.check("newPassword", "1234567890", EMAIL);
    }

    @Test
    public void missingOrBlankPasswordIsRefused() {
        assertEquals("newPassword", refused(null, EMAIL).field());
        assertEquals("newPassword", refused(" ".repeat(12), EMAIL).field());
    }

    @Test
    public void passwordLongerThanTwoHundredCharactersIsRefused() {
        assertEquals("newPassword", refused("a1".repeat(100) + "b", EMAIL).field());
        PasswordPolicy.check("newPassword", "a1".repeat(100), EMAIL);
    }

    @Test
    public void passwordContainingTheLocalPartOfTheEmailIsRefusedWithoutRegardToCase() {
        assertEquals("newPassword", refused("2024-Marie.Curie!", EMAIL).field());
        assertEquals("newPassword", refused("xx" + "marie.curie" + "xx", "Marie.Curie@Example.org").field());
    }

    @Test
    public void passwordOnlyResemblingTheEmailIsAccepted() {
        PasswordPolicy.check("password", "marie curie rocks", EMAIL);
        PasswordPolicy.check("password", "example.org is mine", EMAIL);
        PasswordPolicy.check("password", "a perfectly fine one", null);
    }

    @Test
    public void veryShortLocalPartsAreNotLookedFor() {
        PasswordPolicy.check("password", "always bob's choice", "bob@example.org");
        assertEquals("password", assertThrows(InvalidInput.class,
                () -> PasswordPolicy.check("password", "always bobby's choice", "bobby@example.org")).field());
    }
}
