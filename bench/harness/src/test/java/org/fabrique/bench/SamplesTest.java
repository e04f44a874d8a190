package org.fabrique.bench;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SamplesTest {

    @Test
    public void medianMinMaxAndPercentiles() {
        Samples samples = new Samples().add(5).add(1).add(3).add(2);
        assertEquals(2.5, samples.median(), 1e-9);
        assertEquals(1, samples.min(), 1e-9);
        assertEquals(5, samples.max(), 1e-9);
        assertEquals(5, samples.percentile(99), 1e-9);
        assertEquals(3, new Samples().add(3).add(9).add(1).median(), 1e-9);
    }
}
