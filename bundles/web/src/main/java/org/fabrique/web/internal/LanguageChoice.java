package org.fabrique.web.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.fabrique.core.Language;

/**
 * The language of the pages: the visitor's explicit choice (the {@code lang} cookie), else the
 * logged-in person's language, else the browser's {@code Accept-Language}, else French.
 */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static Language choose(String cookie, Supplier<Optional<Language>> callerLanguage, String acceptLanguage) {
        Optional<Language> chosen = fromCode(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return callerLanguage.get().orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }

    /** {@code fr} or {@code en} exactly (any case); anything else is no choice. */
    static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(Language.FR);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    /**
     * The preferred of French and English in an {@code Accept-Language} header, by quality value;
     * on a tie the one listed first; French when the header names neither.
     */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.FR;
        }
        Language best = Language.FR;
        double bestQuality = 0;
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            Language language = tag.equals("fr") || tag.startsWith("fr-") ? Language.FR
                    : tag.equals("en") || tag.startsWith("en-") ? Language.EN : null;
            if (language == null) {
                continue;
            }
            double quality = quality(parts);
            if (quality > bestQuality) {
                best = language;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
