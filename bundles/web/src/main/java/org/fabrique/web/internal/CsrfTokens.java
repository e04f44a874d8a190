package org.fabrique.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random tokens for the double-submit CSRF check: the same token in a cookie the browser sends
 * only from this site (SameSite=Strict) and in the form's hidden field, which another site cannot read.
 */
final class CsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int LENGTH = 43; // 32 bytes in URL-safe Base64 without padding

    private CsrfTokens() {
    }

    static String create() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for a string that {@link #create()} could have made. */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** True when both are well-formed and equal; compared in constant time. */
    static boolean matches(String cookie, String field) {
        return wellFormed(cookie) && wellFormed(field) && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
