package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fabrique.core.AuditEntry;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

public class AuditStoreTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    private final TestClock clock = new TestClock();
    private AuditStore audit;

    @Before
    public void emptyDatabase() {
        db.clear();
        audit = new AuditStore(db.database(), clock);
    }

    private List<String> actions(String query) {
        return audit.list(new PageRequest(0, 100, query)).items().stream().map(AuditEntry::action).toList();
    }

    @Test
    public void entriesAreListedNewestFirstWithWhatWasRecorded() {
        Instant first = clock.instant();
        audit.record(7L, "structure.create", "structure/1", "Atelier");
        clock.advance(Duration.ofMinutes(1));
        audit.record(null, "admin.create", "person/7", null);

        List<AuditEntry> entries = audit.list(new PageRequest(0, 10, null)).items();

        assertEquals(List.of("admin.create", "structure.create"), entries.stream().map(AuditEntry::action).toList());
        AuditEntry oldest = entries.get(1);
        assertEquals(first, oldest.at());
        assertEquals(Long.valueOf(7), oldest.actorId());
        assertEquals("structure/1", oldest.target());
        assertEquals("Atelier", oldest.detail());
        assertNull(entries.get(0).actorId());
        assertNull(entries.get(0).detail());
    }

    @Test
    public void entriesOfTheSameInstantAreNewestFirstToo() {
        audit.record(null, "first", null, null);
        audit.record(null, "second", null, null);

        assertEquals(List.of("second", "first"), actions(null));
    }

    @Test
    public void queryFiltersOnActionOrTargetWithoutRegardToCase() {
        audit.record(1L, "structure.update", "structure/12", null);
        clock.advance(Duration.ofSeconds(1));
        audit.record(1L, "role.grant", "person/3", "structure admin");
        clock.advance(Duration.ofSeconds(1));
        audit.record(1L, "person.update", "structure/12/members", null);

        assertEquals(List.of("person.update", "structure.update"), actions("STRUCTURE"));
        assertEquals(List.of("role.grant"), actions("person/3"));
        assertEquals(List.of(), actions("admin"));
    }

    @Test
    public void listPagesAndCountsEveryEntry() {
        for (int i = 0; i < 5; i++) {
            audit.record(null, "action." + i, null, null);
            clock.advance(Duration.ofSeconds(1));
        }

        Page<AuditEntry> second = audit.list(new PageRequest(1, 2, "action"));

        assertEquals(List.of("action.2", "action.1"), second.items().stream().map(AuditEntry::action).toList());
        assertEquals(5, second.total());
    }

    @Test
    public void longDetailIsCutToTheColumnSize() {
        audit.record(null, "import", null, "x".repeat(3000));

        assertEquals(2000, audit.list(new PageRequest(0, 1, null)).items().get(0).detail().length());
    }
}
