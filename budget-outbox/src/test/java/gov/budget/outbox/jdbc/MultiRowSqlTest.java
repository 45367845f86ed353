package gov.budget.outbox.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * How rows are split into multi-row statements: every row once, in order, within the row and byte
 * limits, each statement a few rows of their exact number or a power of two of rows; and how an
 * {@code IN} list is padded.
 */
class MultiRowSqlTest {

    @Test
    void manyRowsAreSplitIntoPowersOfTwoInOrder() {
        List<Object[]> rows = rows(1201, "短");
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        // 9 × 128 = 1152, and 49 = 32 + 17, a few rows in one statement
        assertEquals(List.of(128, 128, 128, 128, 128, 128, 128, 128, 128, 32, 17), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(rows, chunks);
    }

    @Test
    void aFewRowsGoInOneStatementOfTheirExactSize() {
        List<Object[]> few = rows(19, "短");
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(few);
        assertEquals(List.of(19), chunks.stream().map(List::size).toList());
        assertEveryRowOnceInOrder(few, chunks);
        assertEquals(List.of(32, 1), MultiRowSql.statementChunks(rows(33, "短")).stream().map(List::size).toList());
        // 300 = 128 + 128 + 32 + 12
        assertEquals(List.of(128, 128, 32, 12), MultiRowSql.statementChunks(rows(300, "短")).stream().map(List::size).toList());
    }

    @Test
    void largeRowsAreSplitBeforeTheStatementOutgrowsItsBytes() {
        // 3 bytes a character: about 300 KB a row, so 13 fit in the 4 MB a statement may hold. 43 rows:
        // 32 is halved to 8, twice; the 27 left are few enough for their exact size, halved to 13; the
        // last 14 are halved to 7 twice
        List<Object[]> rows = rows(43, "预".repeat(100_000));
        List<List<Object[]>> chunks = MultiRowSql.statementChunks(rows);
        assertEquals(List.of(8, 8, 13, 7, 7), chunks.stream().map(List::size).toList());
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
