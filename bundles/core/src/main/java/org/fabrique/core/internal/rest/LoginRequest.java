package org.fabrique.core.internal.rest;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
}
