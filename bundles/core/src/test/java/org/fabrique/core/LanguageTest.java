package org.fabrique.core;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LanguageTest {

    @Test
    public void englishCodesInAnyCaseOrRegionAreEnglish() {
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of("EN"));
        assertEquals(Language.EN, Language.of(" en-GB "));
        assertEquals(Language.EN, Language.of("en_US"));
    }

    @Test
    public void frenchMissingAndUnknownCodesAreFrench() {
        assertEquals(Language.FR, Language.of("fr"));
        assertEquals(Language.FR, Language.of("fr-BE"));
        assertEquals(Language.FR, Language.of(null));
        assertEquals(Language.FR, Language.of(""));
        assertEquals(Language.FR, Language.of("de"));
    }
}
