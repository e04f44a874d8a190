package org.fabrique.newsletter.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class CsvRowsTest {

    @Test
    public void aHeaderBlankLinesQuotesAndBothSeparators() {
        assertEquals(List.of(new ImportRow("lea@example.org", "Léa Martin"), new ImportRow("paul@example.org", null),
                new ImportRow("zoe@example.org", "Zoé")),
                CsvRows.parse("email,nom\r\n\"lea@example.org\",\"Léa Martin\"\r\n\r\npaul@example.org\nzoe@example.org;Zoé\n"));
    }

    @Test
    public void withoutHeaderTheFirstLineIsARow() {
        assertEquals(List.of(new ImportRow("lea@example.org", null)), CsvRows.parse("lea@example.org"));
        assertEquals(List.of(), CsvRows.parse(null));
    }
}
