package org.fabrique.core.internal.rest;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

record RoleGrant(@NotBlank @Size(max = 100) String role) {
}
