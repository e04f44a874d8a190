package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.Optional;

import org.fabrique.core.Language;
import org.junit.Test;

public class LanguageChoiceTest {

    @Test
    public void theCookieWinsOverEverythingElse() {
        assertEquals(Language.EN, LanguageChoice.choose("en", () -> Optional.of(Language.FR), "fr-FR"));
        assertEquals(Language.FR, LanguageChoice.choose("fr", () -> Optional.of(Language.EN), "en"));
    }

    @Test
    public void theCallerIsNotLookedUpWhenTheCookieDecides() {
        LanguageChoice.choose("en", () -> {
            fail("the caller's language was asked although the cookie chose");
            return Optional.empty();
        }, null);
    }

    @Test
    public void withoutCookieTheCallersLanguageWins() {
        assertEquals(Language.EN, LanguageChoice.choose(null, () -> Optional.of(Language.EN), "fr"));
    }

    @Test
    public void anUnknownCookieIsNoChoice() {
        assertEquals(Language.EN, LanguageChoice.choose("de", Optional::empty, "en-GB"));
    }

    @Test
    public void thenTheBrowsersPreferenceByQuality() {
        assertEquals(Language.EN, LanguageChoice.fromAcceptLanguage("en-US,en;q=0.9,fr;q=0.8"));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("de-DE,en;q=0.5,fr;q=0.7"));
        assertEquals(Language.EN, LanguageChoice.fromAcceptLanguage("de, en-GB;q=0.3"));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("fr-CA,en"));
    }

    @Test
    public void onATieTheFirstListedWins() {
        assertEquals(Language.EN, LanguageChoice.fromAcceptLanguage("en;q=0.8, fr;q=0.8"));
    }

    @Test
    public void frenchWhenTheBrowserNamesNeither() {
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage(null));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage(""));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("de-DE,it;q=0.5"));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("english;q=1"));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("en;q=0"));
        assertEquals(Language.FR, LanguageChoice.fromAcceptLanguage("en;q=zero"));
    }
}
