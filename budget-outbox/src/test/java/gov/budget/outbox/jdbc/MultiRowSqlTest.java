package gov.budget.outbox.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How rows are split into multi-row statements: every row once, in order, within the row and byte limits. */
class MultiRowSqlTest {

    @Test
    void rowsAreSplitEveryChunkRowsInOrder() {
        List<Object[]> rows = rows(1201, "短");
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        assertEquals(List.of(500, 500, 201), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(rows, chunks);
    }

    @Test
    void largeRowsAreSplitBeforeTheStatementOutgrowsItsBytes() {
        // 3 bytes a character: about 300 KB a row, so 13 fit in the 4 MB a statement may hold
        List<Object[]> rows = rows(40, "预".repeat(100_000));
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        assertEquals(List.of(13, 13, 13, 1), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(rows, chunks);
    }

    @Test
    void aRowLargerThanTheLimitGoesAlone() {
        List<Object[]> rows = new ArrayList<>(rows(2, "a"));
        rows.add(1, new Object[] {1L, "大".repeat(2_000_000)});
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        assertEquals(List.of(1, 1, 1), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(rows, chunks);
    }

    private static List<Object[]> rows(int count, String text) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {(long) i, text});
        }
        return Collections.unmodifiableList(rows);
    }

    private static void assertEveryRowOnceInOrder(List<Object[]> rows, List<List<Object[]>> chunks) {
        List<Object[]> joined = chunks.stream().flatMap(List::stream).toList();
        assertEquals(rows.size(), joined.size());
        for (int i = 0; i < rows.size(); i++) {
            assertSame(rows.get(i), joined.get(i));
        }
    }
}
