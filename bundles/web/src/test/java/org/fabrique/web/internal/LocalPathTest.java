package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class LocalPathTest {

    @Test
    public void pathsOfThisSiteAreSafe() {
        assertTrue(LocalPath.isSafe("/"));
        assertTrue(LocalPath.isSafe("/agenda"));
        assertTrue(LocalPath.isSafe("/agenda/semaine?numero=12&lieu=m%C3%A9diath%C3%A8que"));
        assertTrue(LocalPath.isSafe("/me#donnees"));
    }

    @Test
    public void anythingABrowserCouldTakeForAnotherSiteIsNot() {
        assertFalse(LocalPath.isSafe(null));
        assertFalse(LocalPath.isSafe(""));
        assertFalse(LocalPath.isSafe("https://evil.example/"));
        assertFalse(LocalPath.isSafe("//evil.example/"));
        assertFalse(LocalPath.isSafe("/\\evil.example/"));
        assertFalse(LocalPath.isSafe("/\t/evil.example/"));
        assertFalse(LocalPath.isSafe("/agenda\r\nSet-Cookie: x=y"));
        assertFalse(LocalPath.isSafe("javascript:alert(1)"));
        assertFalse(LocalPath.isSafe("agenda"));
        assertFalse(LocalPath.isSafe("/" + "a".repeat(2000)));
    }

    @Test
    public void anUnsafeNextGoesHome() {
        assertEquals("/", LocalPath.orHome("//evil.example"));
        assertEquals("/agenda", LocalPath.orHome("/agenda"));
    }

    @Test
    public void theRequestPathIsTheUriWithoutQuery() {
        assertEquals("/connexion", LocalPath.of(FakeRequest.get("/connexion").query("next=/me")));
        assertEquals("/connexion?next=/me", LocalPath.withQuery(FakeRequest.get("/connexion").query("next=/me")));
        assertEquals("/", LocalPath.of(FakeRequest.get("")));
    }
}
