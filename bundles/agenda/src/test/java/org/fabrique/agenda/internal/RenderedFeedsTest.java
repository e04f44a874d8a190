package org.fabrique.agenda.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class RenderedFeedsTest {

    private final AtomicInteger renders = new AtomicInteger();

    private byte[] render(String text) {
        renders.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void rendersOnceWhileTheAgendaIsUnchanged() {
        RenderedFeeds feeds = new RenderedFeeds(4);
        byte[] first = feeds.get("\"a1\"", () -> render("BEGIN:VCALENDAR"));
        byte[] again = feeds.get("\"a1\"", () -> render("something else"));
        assertArrayEquals(first, again);
        assertEquals(1, renders.get());
    }

    @Test
    public void aChangedAgendaHasAnotherTagAndIsRenderedAfresh() {
        RenderedFeeds feeds = new RenderedFeeds(4);
        feeds.get("\"a1\"", () -> render("old"));
        assertEquals("new", new String(feeds.get("\"a2\"", () -> render("new")), StandardCharsets.UTF_8));
        assertEquals(2, renders.get());
    }

    @Test
    public void keepsOnlyTheMostRecentlyUsed() {
        RenderedFeeds feeds = new RenderedFeeds(2);
        feeds.get("a", () -> render("a"));
        feeds.get("b", () -> render("b"));
        feeds.get("a", () -> render("a"));
        feeds.get("c", () -> render("c"));
        feeds.get("a", () -> render("a"));
        assertEquals("a was kept, b evicted", 3, renders.get());
        feeds.get("b", () -> render("b"));
        assertEquals(4, renders.get());
    }
}
