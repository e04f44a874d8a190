package org.fabrique.web.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/**
 * The login form, with the constraints of the API's login body ({@code LoginRequest} in the core,
 * not exported), so that a form and {@code POST /api/auth/login} refuse the same input.
 */
record LoginForm(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
}
