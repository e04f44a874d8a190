package org.fabrique.core;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: {@code page} counts from 0, {@code total} counts every item. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The same page with each item transformed. */
    public <U> Page<U> map(Function<T, U> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
