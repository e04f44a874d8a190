package org.fabrique.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.fabrique.core.Language;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.junit.ClassRule;
import org.junit.Test;

public class LiquibaseMigrationsTest {

    @ClassRule
    public static final CoreDatabaseFixture db = new CoreDatabaseFixture();

    @Test
    public void migrationAppliesEveryChangeSetOfTheCoreChangeLog() {
        assertEquals(5, db.sqlCount("SELECT COUNT(*) FROM DATABASECHANGELOG"));
        for (String table : new String[] {"CORE_PERSON", "CORE_STRUCTURE", "CORE_MEMBERSHIP", "CORE_ACCOUNT",
                "CORE_TOKEN", "CORE_LOGIN_THROTTLE", "CORE_ROLE_GRANT", "CORE_CONSENT", "CORE_AUDIT",
                "CORE_ONE_TIME_TOKEN"}) {
            assertEquals(table, 1, db.sqlCount("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '" + table + "'"));
        }
        assertEquals(1, db.sqlCount("SELECT COUNT(*) FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t"
                + " ON c.REFERENCEID = t.TABLEID WHERE t.TABLENAME = 'CORE_PERSON' AND c.COLUMNNAME = 'EMAIL_CONFIRMED_AT'"));
        assertEquals(1, db.sqlCount("SELECT COUNT(*) FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t"
                + " ON c.REFERENCEID = t.TABLEID WHERE t.TABLENAME = 'CORE_ACCOUNT' AND c.COLUMNNAME = 'REQUIRES_CONFIRMATION'"));
    }

    @Test
    public void migratingAgainChangesNothingAndKeepsTheData() {
        Person marie = new PeopleStore(db.database(), new TestClock())
                .create(new PersonChange("Marie", "marie@example.org", null, Language.FR));

        db.migrate();
        db.migrate();

        assertEquals(5, db.sqlCount("SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(1, db.sqlCount("SELECT COUNT(*) FROM CORE_PERSON WHERE ID = " + marie.id()));
    }

    @Test
    public void missingChangeLogIsReportedAsAFailedMigration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.migrate("db/none/changelog.yaml"));
        assertTrue(e.getMessage(), e.getMessage().contains("db/none/changelog.yaml"));
    }
}
