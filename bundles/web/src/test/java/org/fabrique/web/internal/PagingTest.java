package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fabrique.core.Page;
import org.junit.Test;

public class PagingTest {

    private static Map<String, String> filters(String q, String type) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("type", type);
        return filters;
    }

    @Test
    public void theFirstPageLinksOnlyToTheNextKeepingTheFilters() {
        Paging paging = Paging.of(new Page<>(List.of(), 0, 10, 25), "/structures", filters("jardin é", "venue"));
        assertEquals(1, paging.number());
        assertEquals(3, paging.count());
        assertNull(paging.previous());
        assertEquals("/structures?q=jardin+%C3%A9&type=venue&page=2", paging.next());
    }

    @Test
    public void theLastPageLinksBackAndThePreviousOfPageTwoIsTheBareList() {
        Paging last = Paging.of(new Page<>(List.of(), 2, 10, 25), "/structures", filters("", ""));
        assertEquals("/structures?page=2", last.previous());
        assertNull(last.next());
        Paging second = Paging.of(new Page<>(List.of(), 1, 10, 25), "/structures", filters("", null));
        assertEquals("/structures", second.previous());
    }

    @Test
    public void anEmptyListIsOnePage() {
        Paging paging = Paging.of(new Page<>(List.of(), 0, 10, 0), "/structures", Map.of());
        assertEquals(1, paging.count());
        assertNull(paging.previous());
        assertNull(paging.next());
    }

    @Test
    public void pageParametersCountFromOneAndBadOnesGiveTheFirst() {
        assertEquals(0, Paging.index("1"));
        assertEquals(4, Paging.index("5"));
        assertEquals(0, Paging.index("0"));
        assertEquals(0, Paging.index("-3"));
        assertEquals(0, Paging.index("deux"));
    }
}
