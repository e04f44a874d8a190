package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.fabrique.core.Language;
import org.junit.After;
import org.junit.Test;

/** Bean Validation of forms with the real Hibernate Validator, as in the distribution. */
public class FormValidatorTest {

    private final FormValidator validator = new FormValidator(Messages.load());

    @After
    public void close() {
        validator.close();
    }

    @Test
    public void aValidFormHasNoErrors() {
        assertEquals(Map.of(), validator.errors(new LoginForm("camille@example.org", "a long secret"), Language.FR));
    }

    @Test
    public void eachInvalidFieldGetsOneMessageInTheVisitorsLanguage() {
        assertEquals(Map.of("email", "Ce champ est obligatoire.", "password", "Ce champ est obligatoire."),
                validator.errors(new LoginForm(" ", null), Language.FR));
        assertEquals(Map.of("email", "This field is required."),
                validator.errors(new LoginForm("", "a long secret"), Language.EN));
    }

    @Test
    public void theSameLimitsAsTheApi() {
        assertEquals(Map.of("email", "254 caractères au plus."),
                validator.errors(new LoginForm("a".repeat(250) + "@x.fr", "a long secret"), Language.FR));
        assertEquals(Map.of("password", "200 characters at most."),
                validator.errors(new LoginForm("camille@example.org", "p".repeat(201)), Language.EN));
    }
}
