package org.fabrique.core;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** What an administrator, or a coordinator of the structure, may set on a structure. */
public record StructureChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull StructureKind kind,
        @Pattern(regexp = "^[0-9]{9}$", message = "must be a SIREN number of 9 digits") String siren,
        @Pattern(regexp = "^W[0-9A-Z][0-9]{8}$", message = "must be an RNA number such as W423001234") String rna,
        @Size(max = 500) String address,
        @Size(max = 120) String neighbourhood,
        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https address") String website,
        @Size(max = 5000) String description) {
}
