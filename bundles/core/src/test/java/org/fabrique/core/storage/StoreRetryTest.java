package org.fabrique.core.storage;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import org.junit.Test;

public class StoreRetryTest {

    @Test
    public void lockTimeoutsAndDeadlocksAreTransient() {
        // Derby's lock timeout, as EclipseLink wraps it.
        assertTrue(Store.isTransientRollback(new PersistenceException(new RuntimeException(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1")))));
        // PostgreSQL's deadlock and serialization failure.
        assertTrue(Store.isTransientRollback(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Store.isTransientRollback(new RuntimeException(new SQLException("could not serialize", "40001"))));
    }

    @Test
    public void otherFailuresAreNotRetried() {
        assertFalse(Store.isTransientRollback(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Store.isTransientRollback(new IllegalStateException("no SQL at all")));
        assertFalse(Store.isTransientRollback(new PersistenceException(new SQLException("no state"))));
    }

    @Test
    public void aTransactionTheDatabaseRolledBackIsRunAgainOnAFreshEntityManager() {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger managers = new AtomicInteger();
        Store store = new Store(factory(managers, () -> {
            if (commits.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLTransactionRollbackException("lock timeout", "40XL1"));
            }
        }));
        AtomicInteger runs = new AtomicInteger();
        assertEquals("done", store.write(em -> {
            runs.incrementAndGet();
            return "done";
        }));
        assertEquals(3, runs.get());
        assertEquals(3, managers.get());
    }

    @Test
    public void givesUpAfterTheLastAttemptAndNeverRetriesOtherErrors() {
        AtomicInteger commits = new AtomicInteger();
        Store always = new Store(factory(new AtomicInteger(), () -> {
            commits.incrementAndGet();
            throw new PersistenceException(new SQLException("deadlock", "40P01"));
        }));
        try {
            always.write(em -> 1);
            fail();
        } catch (PersistenceException expected) {
            assertEquals(Store.ATTEMPTS, commits.get());
        }
        AtomicInteger duplicates = new AtomicInteger();
        Store duplicate = new Store(factory(new AtomicInteger(), () -> {
            duplicates.incrementAndGet();
            throw new PersistenceException(new SQLException("duplicate", "23505"));
        }));
        try {
            duplicate.write(em -> 1);
            fail();
        } catch (PersistenceException expected) {
            assertEquals(1, duplicates.get());
        }
    }

    /** An entity manager factory whose transactions run {@code onCommit} when committed. */
    private static EntityManagerFactory factory(AtomicInteger managers, Runnable onCommit) {
        return proxy(EntityManagerFactory.class, (method, args) -> {
            if (!method.equals("createEntityManager")) {
                return null;
            }
            managers.incrementAndGet();
            boolean[] active = {false};
            EntityTransaction tx = proxy(EntityTransaction.class, (m, a) -> switch (m) {
                case "begin" -> { active[0] = true; yield null; }
                case "commit" -> { onCommit.run(); active[0] = false; yield null; }
                case "rollback" -> { active[0] = false; yield null; }
                case "isActive" -> active[0];
                default -> null;
            });
            return proxy(EntityManager.class, (m, a) -> "getTransaction".equals(m) ? tx : null);
        });
    }

    private interface Handler {
        Object call(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> handler.call(method.getName(), args)));
    }
}
