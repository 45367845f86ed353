package gov.budget.outbox.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which values a multi-row insert writes as literals, and how; any other value leaves the rows to be bound. */
class SqlLiteralsTest {

    private enum Severity { WARNING }

    @Test
    void everyKindOfValueTheInsertsWriteHasItsLiteral() {
        String sql = SqlLiterals.multiRowInsert("INSERT INTO t (a, b, c, d, e, f, g, h)", "ON DUPLICATE KEY UPDATE a = a", 8, List.of(
                new Object[] {"{\"label\":\"“三公”经费\",\"amount\":23.55}", 7L, 3, new BigDecimal("1E+3"), true, null,
                        Severity.WARNING, LocalDate.of(2024, 1, 5)},
                new Object[] {"", -1L, 0, new BigDecimal("0.10"), false, null, Severity.WARNING, LocalDate.of(2023, 12, 31)}));
        assertEquals("INSERT INTO t (a, b, c, d, e, f, g, h) VALUES "
                + "('{\"label\":\"“三公”经费\",\"amount\":23.55}',7,3,1000,1,NULL,'WARNING','2024-01-05'),"
                + "('',-1,0,0.10,0,NULL,'WARNING','2023-12-31') ON DUPLICATE KEY UPDATE a = a", sql);
    }

    @Test
    void anInstantIsItsUtcWallClockRoundedHalfUpToTheMicrosecond() {
        assertEquals("'2026-12-06 10:21:13.298378'", literal(Instant.parse("2026-12-06T10:21:13.298377963Z")));
        assertEquals("'2026-12-06 10:21:13.298377'", literal(Instant.parse("2026-12-06T10:21:13.298377499Z")));
        assertEquals("'2026-12-06 10:21:13.000000'", literal(Instant.parse("2026-12-06T10:21:13Z")));
        assertEquals("'2026-01-01 00:00:00.000000'", literal(Instant.parse("2025-12-31T23:59:59.999999500Z")));
        assertEquals("'2026-03-04 05:06:07.000089'", literal(LocalDateTime.of(2026, 3, 4, 5, 6, 7, 89_000)));
    }

    @Test
    void aStringAQuotedLiteralWouldChangeLeavesTheRowsToBeBound() {
        for (String text : List.of("it's", "back\\slash", "nul\0", "ctrl-z\u001a")) {
            assertFalse(SqlLiterals.quotable(text), text);
            assertNull(SqlLiterals.multiRowInsert("INSERT INTO t (a, b)", "", 2, List.of(new Object[] {1L, "x"},
                    new Object[] {2L, text})), text);
        }
        assertTrue(SqlLiterals.quotable("{\"text\":\"与2023年相比持平\"} -- /* ? */"));
    }

    @Test
    void aValueOfAnotherKindOrAnOutlyingYearLeavesTheRowsToBeBound() {
        for (Object value : List.of(1.5d, UUID.randomUUID(), new byte[] {1}, LocalDate.of(99_999, 1, 1),
                LocalDateTime.of(999, 1, 1, 0, 0))) {
            assertNull(SqlLiterals.multiRowInsert("INSERT INTO t (a)", "", 1, List.<Object[]>of(new Object[] {value})),
                    value.toString());
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SqlLiterals.multiRowInsert("INSERT INTO t (a, b)", "", 2, List.<Object[]>of(new Object[] {1L})));
    }

    private static String literal(Object value) {
        StringBuilder sql = new StringBuilder();
        assertTrue(SqlLiterals.append(sql, value));
        return sql.toString();
    }

    @Test
    void aStatementsParametersAreFilledWithLiteralsInOrderOrNotAtAll() {
        String sql = "SELECT a FROM t WHERE y BETWEEN ? AND ? AND (k, v) IN ((?,?),(?,?))";
        assertEquals("SELECT a FROM t WHERE y BETWEEN 2023 AND 2024 AND (k, v) IN (('323:2024:3:2080106',5),('x',NULL))",
                SqlLiterals.filled(sql, Arrays.asList(2023, 2024, "323:2024:3:2080106", 5L, "x", null)));
        assertNull(SqlLiterals.filled(sql, List.of(2023, 2024, "it's", 5L, "x", 6L)), "a key a quoted literal would change");
        assertNull(SqlLiterals.filled(sql, List.of(2023, 2024, "x", 5L)), "fewer values than parameters");
        assertNull(SqlLiterals.filled("SELECT a FROM t WHERE k = ?", List.of("x", "y")), "more values than parameters");
        assertNull(SqlLiterals.filled("SELECT a FROM t WHERE n = '?' AND k = ?", List.of("x")), "a quoted text in the statement");
    }
}
