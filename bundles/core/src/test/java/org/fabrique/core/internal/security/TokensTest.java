package org.fabrique.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.Test;

public class TokensTest {

    @Test
    public void tokensAre43UrlSafeCharactersFor32RandomBytes() {
        for (int i = 0; i < 200; i++) {
            String token = Tokens.newToken();
            assertTrue(token, token.matches("[A-Za-z0-9_-]{43}"));
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        }
    }

    @Test
    public void tokensAreNeverRepeated() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Tokens.newToken());
        }
        assertEquals(1000, tokens.size());
    }

    @Test
    public void sha256IsTheStandardLowerCaseHexDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.sha256("abc"));
        assertEquals(Tokens.sha256("é token"), Tokens.sha256("é token"));
        assertNotEquals(Tokens.sha256("abc"), Tokens.sha256("abd"));
        assertTrue(Tokens.sha256(Tokens.newToken()).matches("[0-9a-f]{64}"));
    }

    @Test
    public void sha256DigestsTheUtf8BytesOfTheText() {
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Tokens.sha256("\u00e9"));
    }

    @Test
    public void randomPasswordsAreUrlSafeFor14RandomBytesAndPassThePolicy() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String password = Tokens.newPassword();
            assertTrue(password, password.matches("[A-Za-z0-9_-]{18,}"));
            assertEquals(14, Base64.getUrlDecoder().decode(password).length);
            PasswordPolicy.check("password", password, "admin@fabrique.invalid");
            passwords.add(password);
        }
        assertEquals(100, passwords.size());
    }
}
