package org.fabrique.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class ContainerGenerationTest {

    private final List<String> destroyed = new ArrayList<>();

    @Test
    public void aReplacedContainerIsDestroyedOnlyAfterItsLastRequest() {
        ContainerGeneration<String> old = new ContainerGeneration<>("old", destroyed::add);
        assertTrue(old.acquire());
        assertTrue(old.acquire());

        old.release(); // the servlet swapped in a new container
        assertEquals(List.of(), destroyed);
        old.release(); // first request done
        assertEquals(List.of(), destroyed);
        old.release(); // last request done
        assertEquals(List.of("old"), destroyed);
    }

    @Test
    public void aDestroyedContainerTakesNoMoreRequests() {
        ContainerGeneration<String> old = new ContainerGeneration<>("old", destroyed::add);
        old.release();

        assertFalse(old.acquire());
        assertEquals(List.of("old"), destroyed);
    }

    @Test
    public void anIdleContainerIsDestroyedAtOnceWhenReplaced() {
        ContainerGeneration<String> idle = new ContainerGeneration<>("idle", destroyed::add);
        assertTrue(idle.acquire());
        idle.release();
        assertEquals(List.of(), destroyed);

        idle.release();
        assertEquals(List.of("idle"), destroyed);
    }
}
