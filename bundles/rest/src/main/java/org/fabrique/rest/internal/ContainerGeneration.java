package org.fabrique.rest.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Jersey container and the requests it is serving. The servlet holds one reference while the container is
 * current, each request another; the container is destroyed when the last one is released, so a rebuild (a module
 * installed or removed) never shuts a container down under a request it is still serving.
 */
final class ContainerGeneration<C> {

    private final C container;
    private final java.util.function.Consumer<C> destroy;
    /** The servlet's reference (1 while current) plus the requests in flight; 0 once destroyed. */
    private final AtomicInteger users = new AtomicInteger(1);

    ContainerGeneration(C container, java.util.function.Consumer<C> destroy) {
        this.container = container;
        this.destroy = destroy;
    }

    C container() {
        return container;
    }

    /** Takes a reference for one request; false if the container is already destroyed (use the current one). */
    boolean acquire() {
        for (;;) {
            int n = users.get();
            if (n == 0) {
                return false;
            }
            if (users.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives a reference back; the last one destroys the container. */
    void release() {
        if (users.decrementAndGet() == 0) {
            destroy.accept(container);
        }
    }
}
