package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.Map;

import org.fabrique.core.Language;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.StructureKind;
import org.junit.Test;

public class KindLabelsTest {

    private final KindLabels labels = new KindLabels(Messages.load());

    @Test
    public void everyKindHasItsFrenchWord() {
        assertEquals(List.of("Association", "Coopérative", "Entreprise", "Lieu", "Collectif", "Organisme public"),
                List.of(StructureKind.values()).stream().map(k -> labels.kind(k, Language.FR)).toList());
        assertEquals("Public body", labels.kind(StructureKind.PUBLIC_BODY, Language.EN));
    }

    @Test
    public void pendingReadsEnAttente() {
        assertEquals("en attente", labels.status(MembershipStatus.PENDING, Language.FR));
        for (MembershipRole role : MembershipRole.values()) {
            assertEquals(false, labels.role(role, Language.FR).startsWith("membership."));
        }
    }

    @Test
    public void choicesUseTheApiSpelling() {
        assertEquals(Map.of("value", "public_body", "label", "Organisme public"),
                labels.kindChoices(Language.FR).get(StructureKind.PUBLIC_BODY.ordinal()));
        assertEquals(4, labels.roleChoices(Language.FR).size());
    }

    @Test
    public void parsingIgnoresCaseAndRefusesUnknownValues() {
        assertEquals(StructureKind.VENUE, KindLabels.parse(StructureKind.class, " Venue "));
        assertNull(KindLabels.parse(StructureKind.class, "chateau"));
        assertNull(KindLabels.parse(StructureKind.class, ""));
        assertNull(KindLabels.parse(StructureKind.class, null));
    }
}
