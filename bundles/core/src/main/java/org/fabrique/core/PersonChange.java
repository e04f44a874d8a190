package org.fabrique.core;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** What a person, or an administrator, may set on a person. */
public record PersonChange(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "^[+0-9 ().-]*$", message = "must be a phone number") String phone,
        Language language) {
}
