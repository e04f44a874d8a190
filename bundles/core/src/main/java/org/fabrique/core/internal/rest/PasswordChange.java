package org.fabrique.core.internal.rest;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** A new password; the current one is required when people change their own. */
record PasswordChange(@Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
}
