package gov.budget.outbox.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * How rows are split into multi-row statements: every row once, in order, within the row and byte
 * limits, each statement a power of two of rows; and how an {@code IN} list is padded.
 */
class MultiRowSqlTest {

    @Test
    void rowsAreSplitIntoPowersOfTwoInOrder() {
        List<Object[]> rows = rows(1201, "短");
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        // 9 × 128 = 1152, and 49 = 32 + 16 + 1
        assertEquals(List.of(128, 128, 128, 128, 128, 128, 128, 128, 128, 32, 16, 1), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(rows, chunks);
    }

    @Test
    void largeRowsAreSplitBeforeTheStatementOutgrowsItsBytes() {
        // 3 bytes a character: about 300 KB a row, so 13 fit in the 4 MB a statement may hold, and 8 is the power of two below
        List<Object[]> rows = rows(43, "预".repeat(100_000));
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        assertEquals(List.of(8, 8, 8, 8, 8, 2, 1), chunks.stream().map(List::size).toList());
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

    @Test
    void anInListIsPaddedWithItsLastKeyToAPowerOfTwo() {
        assertEquals(List.of("a", "b", "c", "c"), MultiRowSql.inListKeys(List.of("a", "b", "c")));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L), MultiRowSql.inListKeys(List.of(1L, 2L, 3L, 4L, 5L)));
        List<String> eight = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        assertSame(eight, MultiRowSql.inListKeys(eight));
        assertEquals(List.of("k"), MultiRowSql.inListKeys(List.of("k")));
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
