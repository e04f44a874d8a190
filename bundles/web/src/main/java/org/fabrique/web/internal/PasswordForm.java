package org.fabrique.web.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/**
 * A new password typed twice, with the constraints of the API's {@code PasswordChange}; the
 * strength rules are the core's password policy ({@code Accounts.checkPassword}).
 */
record PasswordForm(@NotBlank @Size(max = 200) String password, @NotBlank @Size(max = 200) String passwordConfirmation) {

    boolean confirmed() {
        return password != null && password.equals(passwordConfirmation);
    }
}
