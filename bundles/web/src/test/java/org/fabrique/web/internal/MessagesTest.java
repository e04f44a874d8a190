package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fabrique.core.Language;
import org.junit.Test;

public class MessagesTest {

    /** {@code t("key"} in templates, {@code text(language, "key"} in Java. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\"([A-Za-z0-9.]+)\"[,)]");
    private static final Pattern JAVA_KEY = Pattern.compile("\\.text\\([^,;]+, \"([A-Za-z0-9.]+)\"[,)]");

    private final Messages messages = Messages.load();

    @Test
    public void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyFrench = new TreeSet<>(messages.keys(Language.FR));
        onlyFrench.removeAll(messages.keys(Language.EN));
        Set<String> onlyEnglish = new TreeSet<>(messages.keys(Language.EN));
        onlyEnglish.removeAll(messages.keys(Language.FR));
        assertEquals("keys missing in English", Set.of(), onlyFrench);
        assertEquals("keys missing in French", Set.of(), onlyEnglish);
    }

    @Test
    public void noTextIsEmptyAndTheFilesAreReadAsUtf8() {
        for (Language language : Language.values()) {
            for (String key : messages.keys(language)) {
                assertFalse(key + " is empty in " + language, messages.text(language, key).isBlank());
            }
        }
        assertEquals("Aller au contenu", messages.text(Language.FR, "layout.skip"));
        assertTrue(messages.text(Language.FR, "layout.footer").contains("Saint-Étienne"));
    }

    @Test
    public void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Paths.get("src/main/resources/templates"), TEMPLATE_KEY));
        used.addAll(keys(Paths.get("src/main/java"), JAVA_KEY));
        assertTrue("the scan found too few keys: " + used, used.size() > 30);
        for (int kind : new int[] {400, 403, 404, 405, 500}) {   // built as "error." + kind + ...
            used.add("error." + kind + ".title");
            used.add("error." + kind + ".text");
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(messages.keys(Language.FR));
        assertEquals("keys used but not defined", Set.of(), missing);
    }

    @Test
    public void namedValuesAreFilledIn() {
        assertEquals("Trop de tentatives de connexion pour cette adresse. Réessayez dans 15 minutes.",
                messages.text(Language.FR, "login.tooMany", Map.of("minutes", 15)));
        assertEquals("no.such.key", messages.text(Language.EN, "no.such.key"));
    }

    private static Set<String> keys(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
