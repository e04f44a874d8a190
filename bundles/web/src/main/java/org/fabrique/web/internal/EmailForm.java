package org.fabrique.web.internal;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** An address alone (forgotten password, new confirmation link), with the constraints of {@code PersonChange.email}. */
record EmailForm(@NotBlank @Email @Size(max = 254) String email) {
}
