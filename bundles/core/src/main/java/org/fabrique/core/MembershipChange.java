package org.fabrique.core;

import javax.validation.constraints.Email;
import javax.validation.constraints.Size;

/**
 * Adds a person to a structure, named by id or by e-mail. The role defaults to member; the
 * status is decided by who asks (a coordinator adds, a person asks to join).
 */
public record MembershipChange(Long personId, @Email @Size(max = 254) String email, MembershipRole role,
        MembershipStatus status) {
}
