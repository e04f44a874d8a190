package org.fabrique.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;

public class PermissionsMatrixTest {

    @Test
    public void readsCallersRowsVariantsAndOwnOnlyCells() {
        PermissionsMatrix matrix = PermissionsMatrix.parse("""
                # Permissions
                | Cell | Meaning |
                |---|---|
                | `200` | allowed |

                ## Matrix

                | Method | Path | Anonymous | Member |
                |---|---|---|---|
                | GET | /api/people/{id} | 401 | own only: 200 |
                | POST | /api/structures/{id}/members (for oneself) | 401 | 409 |

                ## Notes
                | not | a | row |
                """);
        assertEquals(java.util.List.of("Anonymous", "Member"), matrix.callers());
        assertEquals(2, matrix.rows().size());
        PermissionsMatrix.Row first = matrix.rows().get(0);
        assertEquals("/api/people/{id}", first.path());
        assertEquals(new PermissionsMatrix.Cell(200, true), first.cells().get(1));
        assertEquals("for oneself", matrix.rows().get(1).variant());
        assertEquals(409, matrix.rows().get(1).cells().get(1).status());
    }

    @Test
    public void theProjectsOwnMatrixIsMachineReadable() throws Exception {
        PermissionsMatrix matrix = PermissionsMatrix.read(Path.of("../../docs/permissions.md"));
        assertTrue(matrix.callers().size() >= 4);
        assertTrue(matrix.rows().size() > 30);
        // The module tables are read too, with the same five callers.
        assertEquals(5, matrix.callers().size());
        assertTrue(matrix.rows().stream().anyMatch(r -> r.path().equals("/api/agenda/feeds/{id}/runs")));
        assertTrue(matrix.rows().stream().anyMatch(r -> r.path().equals("/api/newsletter/letters/{id}/progress")));
    }

    @Test
    public void everyMatrixTableIsReadAndTheyMustShareTheirCallers() {
        String core = "| Method | Path | Anonymous | Member |\n|---|---|---|---|\n| GET | /api/a | 200 | 200 |\n\ntext\n\n";
        PermissionsMatrix matrix = PermissionsMatrix.parse(core
                + "| Method | Path | Anonymous | Member |\n|---|---|---|---|\n| GET | /api/b | 401 | 200 |\n");
        assertEquals(2, matrix.rows().size());
        assertEquals("/api/b", matrix.rows().get(1).path());
        org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> PermissionsMatrix.parse(core
                + "| Method | Path | Anonymous |\n|---|---|---|\n| GET | /api/b | 401 |\n"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCellThatIsNotAStatusIsRefused() {
        PermissionsMatrix.parse("| Method | Path | Anonymous |\n|---|---|---|\n| GET | /api/x | maybe |\n");
    }
}
