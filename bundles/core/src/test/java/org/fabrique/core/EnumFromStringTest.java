package org.fabrique.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class EnumFromStringTest {

    @Test
    public void structureKindIgnoresCaseAndSpaces() {
        assertEquals(StructureKind.VENUE, StructureKind.fromString("venue"));
        assertEquals(StructureKind.PUBLIC_BODY, StructureKind.fromString(" Public_Body "));
        assertEquals(StructureKind.COOPERATIVE, StructureKind.fromString("COOPERATIVE"));
    }

    @Test
    public void membershipRoleIgnoresCase() {
        assertEquals(MembershipRole.COORDINATOR, MembershipRole.fromString("coordinator"));
        assertEquals(MembershipRole.VOLUNTEER, MembershipRole.fromString("Volunteer"));
    }

    @Test
    public void membershipStatusIgnoresCase() {
        assertEquals(MembershipStatus.PENDING, MembershipStatus.fromString("pending"));
        assertEquals(MembershipStatus.ACTIVE, MembershipStatus.fromString("aCtIvE "));
    }

    @Test
    public void oneTimePurposeIgnoresCaseAndSpaces() {
        assertEquals(OneTimePurpose.RESET_PASSWORD, OneTimePurpose.fromString(" reset_password"));
        assertEquals(OneTimePurpose.CONFIRM_EMAIL, OneTimePurpose.fromString("Confirm_Email"));
    }

    @Test
    public void unknownValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StructureKind.fromString("castle"));
        assertThrows(IllegalArgumentException.class, () -> MembershipRole.fromString("king"));
        assertThrows(IllegalArgumentException.class, () -> MembershipStatus.fromString(""));
        assertThrows(IllegalArgumentException.class, () -> OneTimePurpose.fromString("login"));
    }
}
