package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.OneTimePurpose;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** A link clicked twice at once, or presented to two nodes: the database lets exactly one through. */
public class ConcurrentRedemptionTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private static final int THREADS = 8;

    private final TestClock clock = new TestClock();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private AccountStore accounts;
    private Person marie;

    @Before
    public void onePerson() {
        db.clear();
        accounts = new AccountStore(db.database(), clock, 1000, Duration.ofHours(1), 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        marie = new PeopleStore(db.database(), clock).create(new PersonChange("Marie", "marie@example.org", null, null));
    }

    @After
    public void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    /** Each redemption has its own store, as two nodes would, all started at the same moment. */
    private List<Future<Long>> redeemAtOnce(String token, OneTimePurpose purpose) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            AccountStore node = new AccountStore(db.database(), clock, 1000, Duration.ofHours(1), 3,
                    Duration.ofMinutes(15), Duration.ofMinutes(15));
            results.add(threads.submit(() -> {
                start.await();
                return node.redeemOneTimeToken(token, purpose);
            }));
        }
        start.countDown();
        return results;
    }

    @Test
    public void exactlyOneOfSeveralSimultaneousRedemptionsSucceeds() throws Exception {
        String token = accounts.issueOneTimeToken(marie.id(), OneTimePurpose.CONFIRM_EMAIL, Duration.ofHours(2));

        int succeeded = 0;
        int refused = 0;
        for (Future<Long> result : redeemAtOnce(token, OneTimePurpose.CONFIRM_EMAIL)) {
            try {
                assertEquals(Long.valueOf(marie.id()), result.get(30, TimeUnit.SECONDS));
                succeeded++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertEquals(InvalidInput.class, e.getCause().getClass());
                refused++;
            }
        }

        assertEquals(1, succeeded);
        assertEquals(THREADS - 1, refused);
        assertTrue(accounts.isEmailConfirmed(marie.id()));
        assertEquals(1, db.sqlCount("SELECT COUNT(*) FROM CORE_ONE_TIME_TOKEN WHERE USED_AT IS NOT NULL"));
    }
}
