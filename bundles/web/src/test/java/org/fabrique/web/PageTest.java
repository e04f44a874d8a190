package org.fabrique.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

public class PageTest {

    private final ClassLoader loader = PageTest.class.getClassLoader();

    @Test
    public void thePageKeepsACopyOfItsModelWithNullValues() {
        Map<String, Object> model = new HashMap<>();
        model.put("message", null);
        Page page = new Page(loader, "templates/x.ftlh", null, model);
        model.put("later", "ignored");
        assertEquals(200, page.status());
        assertEquals("", page.title());
        assertTrue(page.model().containsKey("message"));
        assertNull(page.model().get("later"));
    }

    @Test(expected = UnsupportedOperationException.class)
    public void theModelCannotBeChangedAfterwards() {
        new Page(loader, "templates/x.ftlh", "T", Map.of()).model().put("x", 1);
    }

    @Test(expected = IllegalArgumentException.class)
    public void theStatusMustBeAnHttpStatus() {
        new Page(loader, "templates/x.ftlh", "T", Map.of(), 42);
    }
}
