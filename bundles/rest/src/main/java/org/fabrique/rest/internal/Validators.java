package org.fabrique.rest.internal;

import java.util.List;
import java.util.Locale;

import javax.validation.Validation;
import javax.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation for an OSGi framework: the provider is named rather than looked up through
 * the thread's class loader, and messages are interpolated without an EL implementation, in
 * French or English after the request's Accept-Language.
 */
final class Validators {

    private static final ThreadLocal<Locale> REQUEST_LOCALE = new ThreadLocal<>();

    private Validators() {
    }

    static Validator create() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            return Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator(
                            java.util.Set.of(Locale.FRENCH, Locale.ENGLISH), Locale.ENGLISH,
                            context -> REQUEST_LOCALE.get() != null ? REQUEST_LOCALE.get() : Locale.ENGLISH, false))
                    .buildValidatorFactory()
                    .getValidator();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Sets the locale of this thread's validation messages; returns the one to restore. */
    static Locale requestLocale(String acceptLanguage) {
        Locale previous = REQUEST_LOCALE.get();
        boolean french = acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("fr");
        REQUEST_LOCALE.set(french ? Locale.FRENCH : Locale.ENGLISH);
        return previous;
    }

    static void restoreLocale(Locale previous) {
        if (previous == null) {
            REQUEST_LOCALE.remove();
        } else {
            REQUEST_LOCALE.set(previous);
        }
    }
}
