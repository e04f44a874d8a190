package org.fabrique.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.fabrique.core.Language;

/**
 * The texts of the platform's pages, in French ({@code i18n/messages_fr.properties}) and English
 * ({@code i18n/messages_en.properties}), both UTF-8. A text may name values in braces:
 * {@code "Réessayez dans {minutes} minutes."}.
 */
final class Messages {

    static final String FRENCH_FILE = "i18n/messages_fr.properties";
    static final String ENGLISH_FILE = "i18n/messages_en.properties";

    private final Map<Language, Properties> texts;

    private Messages(Map<Language, Properties> texts) {
        this.texts = texts;
    }

    /** The web bundle's own messages. */
    static Messages load() {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        texts.put(Language.FR, read(FRENCH_FILE));
        texts.put(Language.EN, read(ENGLISH_FILE));
        return new Messages(texts);
    }

    static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " in the web bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return properties;
    }

    boolean has(String key) {
        return texts.get(Language.FR).containsKey(key);
    }

    /** The text in this language, else in French, else the key itself (so a missing text shows). */
    String text(Language language, String key) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            text = texts.get(Language.FR).getProperty(key, key);
        }
        return text;
    }

    /** The text with each {@code {name}} replaced by its value. */
    String text(Language language, String key, Map<String, ?> values) {
        String text = text(language, key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    Set<String> keys(Language language) {
        return texts.get(language).stringPropertyNames();
    }
}
