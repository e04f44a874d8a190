package org.fabrique.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.Validation;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;

import org.fabrique.core.Language;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation for forms: the same constraints as the API's request bodies, with one message
 * per field, shown next to it. Messages are the platform's ({@code validation.NotBlank}, ...) where
 * it has one, else Hibernate Validator's.
 */
final class FormValidator implements AutoCloseable {

    /** When a field breaks several constraints, say the most basic one. */
    private static final List<String> FIRST = List.of("NotNull", "NotBlank", "NotEmpty");

    private final ValidatorFactory factory;
    private final Validator validator;
    private final Messages messages;

    FormValidator(Messages messages) {
        this.messages = messages;
        // Named provider, own class loader: no lookup through META-INF/services, which OSGi does not see.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            this.factory = Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH),
                            Locale.FRENCH, context -> Locale.FRENCH, false))
                    .buildValidatorFactory();
            this.validator = factory.getValidator();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The error of each invalid field, by field name; empty when the form is valid. */
    Map<String, String> errors(Object form, Language language) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> priority(constraint(v))))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), message(v, language)));
        return errors;
    }

    private String message(ConstraintViolation<?> violation, Language language) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = constraint(violation);
        // @Size(max = n) alone reads better as "n characters at most" than "between 0 and n".
        String key = "validation." + (constraint.equals("Size") && Integer.valueOf(0).equals(attributes.get("min"))
                ? "SizeMax" : constraint);
        return messages.has(key) ? messages.text(language, key, attributes) : violation.getMessage();
    }

    private static String constraint(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static int priority(String constraint) {
        int index = FIRST.indexOf(constraint);
        return index < 0 ? FIRST.size() : index;
    }

    @Override
    public void close() {
        factory.close();
    }
}
