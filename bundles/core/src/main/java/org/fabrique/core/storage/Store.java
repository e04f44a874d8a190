package org.fabrique.core.storage;

import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Short units of work over a resource-local persistence unit: each call opens an entity
 * manager, runs in one transaction, commits, and closes; any exception rolls back.
 */
public final class Store {

    private final EntityManagerFactory factory;

    public Store(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Runs the work in a transaction and returns its result. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs the work in a transaction. */
    public void run(Consumer<EntityManager> work) {
        write(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs a read without a transaction of its own. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
