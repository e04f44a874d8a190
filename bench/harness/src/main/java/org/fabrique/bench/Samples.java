package org.fabrique.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measurements of one figure over several runs (warm-up excluded by the caller): median, min, max. */
public final class Samples {

    private final List<Double> values = new ArrayList<>();

    public Samples add(double value) {
        values.add(value);
        return this;
    }

    /** The values in the order they were added. */
    public List<Double> values() {
        return List.copyOf(values);
    }

    public int count() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public double median() {
        return percentile(50);
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** Nearest-rank percentile (p in 0..100); the median of an even count is the mean of the middle two. */
    public double percentile(double p) {
        List<Double> sorted = sorted();
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        if (p == 50) {
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
