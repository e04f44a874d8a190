package org.fabrique.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Base64;

import org.junit.Test;

public class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    public void hashVerifiesTheSamePasswordOnly() {
        String hash = hasher.hash(PASSWORD);

        assertTrue(hasher.verify(PASSWORD, hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    public void missingPasswordDoesNotVerify() {
        assertFalse(hasher.verify(null, hasher.hash(PASSWORD)));
    }

    @Test
    public void hashRecordsAlgorithmIterationsSaltAndKey() {
        String[] parts = hasher.hash(PASSWORD).split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    public void twoHashesOfTheSamePasswordHaveDifferentSalts() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(hasher.verify(PASSWORD, first));
        assertTrue(hasher.verify(PASSWORD, second));
    }

    @Test
    public void hashWithFewerIterationsStillVerifiesAndNeedsRehash() {
        String old = new PasswordHasher(500).hash(PASSWORD);

        assertTrue(hasher.verify(PASSWORD, old));
        assertTrue(hasher.needsRehash(old));
    }

    @Test
    public void hashWithAsManyOrMoreIterationsNeedsNoRehash() {
        assertFalse(hasher.needsRehash(hasher.hash(PASSWORD)));
        assertFalse(hasher.needsRehash(new PasswordHasher(2000).hash(PASSWORD)));
    }

    @Test
    public void tamperedHashDoesNotVerify() {
        String[] parts = hasher.hash(PASSWORD).split("\\$");
        byte[] key = Base64.getDecoder().decode(parts[3]);
        key[0] ^= 1;
        String tamperedKey = String.join("$", parts[0], parts[1], parts[2],
                Base64.getEncoder().withoutPadding().encodeToString(key));
        String fewerRounds = String.join("$", parts[0], "999", parts[2], parts[3]);

        assertFalse(hasher.verify(PASSWORD, tamperedKey));
        assertFalse(hasher.verify(PASSWORD, fewerRounds));
    }

    @Test
    public void malformedOrForeignHashesAreRejectedWithoutException() {
        String[] bad = {
            null,
            "",
            PASSWORD,
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
            "pbkdf2-sha256$1000$not*base64$a2V5",
            "pbkdf2-sha256$1000$$a2V5",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5$extra",
        };
        for (String hash : bad) {
            assertFalse(String.valueOf(hash), hasher.verify(PASSWORD, hash));
        }
    }

    @Test
    public void malformedOrForeignHashesNeedRehash() {
        for (String hash : new String[] {"", "plain", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "pbkdf2-sha256$many$c2FsdA$a2V5", "pbkdf2-sha1$5000$c2FsdA$a2V5"}) {
            assertTrue(hash, hasher.needsRehash(hash));
        }
    }

    @Test
    public void iterationsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }
}
