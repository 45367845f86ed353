package gov.budget.contracts;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.snapshot.BudgetDigest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BudgetDigestTest {

    private static BudgetDigest lines(String... idsAndVersions) {
        BudgetDigest.Builder builder = new BudgetDigest.Builder();
        for (int i = 0; i < idsAndVersions.length; i += 2) {
            builder.add("323", 2024, "LedgerLine", idsAndVersions[i], Long.parseLong(idsAndVersions[i + 1]));
        }
        return builder.build().get(0);
    }

    @Test
    void theOrderOfTheRecordsDoesNotMatter() {
        assertEquals(lines("323:2024:3:201", "1", "323:2024:3:202", "4"), lines("323:2024:3:202", "4", "323:2024:3:201", "1"));
    }

    @Test
    void aStaleVersionAMissingRecordOrAnotherRecordChangesTheDigest() {
        BudgetDigest held = lines("323:2024:3:201", "1", "323:2024:3:202", "4");
        assertNotEquals(held.checksum(), lines("323:2024:3:201", "1", "323:2024:3:202", "3").checksum());
        assertNotEquals(held, lines("323:2024:3:201", "1"));
        // the same count and the same versions, one record swapped for another
        assertNotEquals(held.checksum(), lines("323:2024:3:201", "1", "323:2024:3:203", "4").checksum());
        // versions moved between records
        assertNotEquals(held.checksum(), lines("323:2024:3:201", "4", "323:2024:3:202", "1").checksum());
    }

    @Test
    void eachPartOfEachYearHasItsOwnDigest() {
        List<BudgetDigest> digests = new BudgetDigest.Builder()
                .add("323", 2024, "LedgerLine", "323:2024:3:201", 1)
                .add("323", 2025, "LedgerLine", "323:2025:3:201", 1)
                .add("323", 2024, "LedgerTable", "323:2024:3", 1)
                .build();
        assertEquals(3, digests.size());
        digests.forEach(d -> assertEquals(1, d.records()));
    }

    @Test
    void aHeaderIsComparedByContentWithAmountsByValue() {
        NarrativeFigure written = new NarrativeFigure("INCOME_TOTAL", "收入总计", new BigDecimal("1.5"), "万元", null);
        NarrativeFigure stored = new NarrativeFigure("INCOME_TOTAL", "收入总计", new BigDecimal("1.500000"), "万元", null);
        NarrativeFigure changed = new NarrativeFigure("INCOME_TOTAL", "收入总计", new BigDecimal("1.51"), "万元", null);
        assertEquals(header("hebei-2024", "卫健委", List.of(written)), header("hebei-2024", "卫健委", List.of(stored)));
        assertNotEquals(header("hebei-2024", "卫健委", List.of(written)), header("hebei-2024", "卫健委", List.of(changed)));
        assertNotEquals(header("hebei-2024", "卫健委", List.of(written)), header("hebei-2024", "卫生健康委", List.of(written)));
        assertNotEquals(header("hebei-2024", "卫健委", List.of(written)), header("shanghai-2024", "卫健委", List.of(written)));
    }

    private static BudgetDigest header(String templateId, String deptName, List<NarrativeFigure> narrative) {
        return new BudgetDigest.Builder().addHeader("323", 2024, templateId, deptName, narrative).build().get(0);
    }
}
