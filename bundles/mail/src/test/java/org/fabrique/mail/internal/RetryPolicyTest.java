package org.fabrique.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;

public class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(30));

    @Test
    public void theDelayDoublesAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(1920), policy.delayAfter(7));
    }

    @Test
    public void theDelayNeverExceedsAnHour() {
        assertEquals(Duration.ofHours(1), policy.delayAfter(8));
        assertEquals(Duration.ofHours(1), policy.delayAfter(1_000));
    }

    @Test
    public void attemptsRunOutAtMaxAttemptsTheFirstIncluded() {
        assertFalse(policy.exhausted(7));
        assertTrue(policy.exhausted(8));
    }

    @Test
    public void nonsenseIsRefusedAtActivation() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(8, Duration.ZERO));
    }
}
