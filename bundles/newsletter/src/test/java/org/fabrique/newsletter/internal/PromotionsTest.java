package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.testing.TestDatabase;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Structures submit, the editor chooses, the least featured structures come first, the letter shows them. */
public class PromotionsTest {

    @ClassRule
    public static final TestDatabase db = new TestDatabase("fabrique-newsletter");

    private static NewsletterFixture world;
    private final Caller member = new Caller(50, "membre@example.org", "Membre", null, Set.of());
    private final Caller editor = new Caller(60, "editrice@example.org", "Éditrice", null, Set.of("newsletter.editor"));

    @Before
    public void clean() {
        if (world == null) {
            world = new NewsletterFixture(db);
        }
        world.clear();
    }

    private Letter monthly() {
        long list = world.lists.bySlug("lettre-mensuelle").orElseThrow().id();
        return world.letters.create(new LetterDraft(list, "La lettre de décembre", "Bonjour", List.of(), null, null), 60);
    }

    @Test
    public void onlyMembersSubmitTheirStructuresNewsAndFieldsAreChecked() {
        assertThrows(AccessDenied.class, () -> world.promotions.submit(member,
                new NewPromotion(8L, "Concert", null, null), false));
        assertEquals("structureId", assertThrows(InvalidInput.class, () -> world.promotions.submit(member,
                new NewPromotion(99L, "Concert", null, null), false)).field());
        assertEquals("link", assertThrows(InvalidInput.class, () -> world.promotions.submit(member,
                new NewPromotion(7L, "Concert", null, "javascript:alert(1)"), false)).field());
        Promotion item = world.promotions.submit(member, new NewPromotion(7L, "Repair café", "Samedi", "/agenda/12"), false);
        assertEquals("La Rotonde", item.structureName());
        assertEquals(0, item.featured());
    }

    @Test
    public void theLeastFeaturedStructuresComeFirstAndChosenItemsAppearInTheLetter() {
        Promotion rotonde1 = world.promotions.submit(editor, new NewPromotion(7L, "Repair café", null, null), true);
        world.clock.advance(Duration.ofMinutes(1));
        Promotion mixeur = world.promotions.submit(editor, new NewPromotion(8L, "Concert au Mixeur", null, null), true);
        world.clock.advance(Duration.ofMinutes(1));
        Promotion rotonde2 = world.promotions.submit(editor, new NewPromotion(7L, "Atelier couture", null, null), true);
        assertEquals(List.of(rotonde1.id(), mixeur.id(), rotonde2.id()),
                world.promotions.open().stream().map(Promotion::id).toList());

        Letter letter = monthly();
        world.promotions.choose(letter, List.of(rotonde1.id()));
        List<Promotion> open = world.promotions.open();
        assertEquals("Le Mixeur, never featured, first", mixeur.id(), open.get(0).id());
        assertEquals(1, open.get(1).featured());
        RenderedLetter rendered = world.letters.preview(letter);
        assertTrue(rendered.text(), rendered.text().contains("Des nouvelles des structures")
                && rendered.text().contains("Repair café") && rendered.text().contains("La Rotonde"));

        Letter other = monthly();
        assertThrows(InvalidInput.class, () -> world.promotions.choose(other, List.of(rotonde1.id())));
        world.promotions.choose(letter, List.of(mixeur.id()));
        assertEquals(List.of(mixeur.id()), world.promotions.chosenFor(letter.id()).stream().map(Promotion::id).toList());
    }
}
