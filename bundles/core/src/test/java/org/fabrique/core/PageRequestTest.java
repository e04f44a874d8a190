package org.fabrique.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PageRequestTest {

    private static String refusedField(int page, int size) {
        return assertThrows(InvalidInput.class, () -> new PageRequest(page, size, null)).field();
    }

    @Test
    public void negativePageIsRefusedOnPage() {
        assertEquals("page", refusedField(-1, 20));
    }

    @Test
    public void sizeOutsideOneToHundredIsRefusedOnSize() {
        assertEquals("size", refusedField(0, 0));
        assertEquals("size", refusedField(0, -3));
        assertEquals("size", refusedField(0, PageRequest.MAX_SIZE + 1));
    }

    @Test
    public void boundsThemselvesAreAccepted() {
        assertEquals(1, new PageRequest(0, 1, null).size());
        assertEquals(100, new PageRequest(0, 100, null).size());
    }

    @Test
    public void blankQueryMeansNoQueryAndOthersAreTrimmed() {
        assertNull(new PageRequest(0, 10, null).query());
        assertNull(new PageRequest(0, 10, "").query());
        assertNull(new PageRequest(0, 10, " \t ").query());
        assertEquals("marie", new PageRequest(0, 10, "  marie ").query());
    }

    @Test
    public void offsetSkipsTheEarlierPages() {
        assertEquals(0, new PageRequest(0, 25, null).offset());
        assertEquals(75, new PageRequest(3, 25, null).offset());
    }
}
