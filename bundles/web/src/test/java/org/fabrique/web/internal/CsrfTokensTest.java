package org.fabrique.web.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CsrfTokensTest {

    @Test
    public void tokensAreRandomAndWellFormed() {
        String one = CsrfTokens.create();
        String two = CsrfTokens.create();
        assertNotEquals(one, two);
        assertTrue(CsrfTokens.wellFormed(one));
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    public void theFieldMustEqualTheCookie() {
        String token = CsrfTokens.create();
        assertTrue(CsrfTokens.matches(token, token));
        assertFalse(CsrfTokens.matches(token, CsrfTokens.create()));
    }

    @Test
    public void missingOrMalformedTokensNeverMatch() {
        assertFalse(CsrfTokens.matches(null, null));
        assertFalse(CsrfTokens.matches("", ""));
        assertFalse(CsrfTokens.matches("short", "short"));
        String notBase64 = "!".repeat(43);
        assertFalse(CsrfTokens.matches(notBase64, notBase64));
    }
}
