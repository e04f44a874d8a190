package org.fabrique.core;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** A decision to record: agree ({@code granted=true}) or withdraw ({@code false}). */
public record ConsentChange(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[a-z0-9._-]+$", message = "must be lower-case letters, digits, dots, dashes") String purpose,
        @NotBlank @Size(max = 100) String scope,
        @NotNull Boolean granted) {
}
