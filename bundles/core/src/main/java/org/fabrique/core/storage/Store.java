package org.fabrique.core.storage;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Short units of work over a resource-local persistence unit: each call opens an entity
 * manager, runs in one transaction, commits, and closes; any exception rolls back.
 *
 * <p>A transaction the database rolled back on its own for a transient reason (SQLState class
 * {@code 40}: deadlock, lock timeout, serialization failure — e.g. Derby's identity preallocation
 * under concurrent first inserts) is run again, up to {@value #ATTEMPTS} times in all, on a fresh
 * entity manager. So the work must only touch the database: no mail, no file, no other side effect.
 */
public final class Store {

    private final EntityManagerFactory factory;

    public Store(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** How many times a transaction rolled back by the database for a transient reason is tried. */
    static final int ATTEMPTS = 4;

    /** Runs the work in a transaction and returns its result. */
    public <T> T write(Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransientRollback(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** True when a cause is an SQL error of class 40 (transaction rolled back: deadlock, lock timeout, serialization). */
    static boolean isTransientRollback(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T once(Function<EntityManager, T> work) {
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
