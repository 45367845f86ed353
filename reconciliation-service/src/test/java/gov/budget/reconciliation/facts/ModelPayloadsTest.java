package gov.budget.reconciliation.facts;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.performance.IndicatorValue;
import gov.budget.contracts.performance.ProjectSheetPayload;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ModelPayloadsTest {

    @Test
    void equalTextsAndAmountsOfTwoSheetsAreOneInstanceEach() {
        ProjectSheetPayload first = ModelPayloads.convert(EventCodec.toPayload(sheet("P001", "52.00")), ProjectSheetPayload.class);
        ProjectSheetPayload second = ModelPayloads.read(stored(sheet("P002", "52.00")), ProjectSheetPayload.class, "ProjectSheet D001:2024:P002");

        ProjectSheetPayload.Indicator a = first.indicators().get(0);
        ProjectSheetPayload.Indicator b = second.indicators().get(0);
        assertSame(a.level2(), b.level2());
        assertSame(a.value().unit(), b.value().unit());
        assertSame(a.value().inSheetUnit(), b.value().inSheetUnit());
        assertSame(first.budget(), second.budget());
    }

    @Test
    void aSharedPayloadEqualsTheOnePublishedWithItsPrecision() {
        ProjectSheetPayload published = sheet("P003", "52.00");

        ProjectSheetPayload held = ModelPayloads.convert(EventCodec.toPayload(published), ProjectSheetPayload.class);

        assertEquals(published, held);
        // 52.00 and 52.0 are different published figures, and are never shared as one
        ProjectSheetPayload other = ModelPayloads.convert(EventCodec.toPayload(sheet("P004", "52.0")), ProjectSheetPayload.class);
        assertEquals("52.00", held.budget().toPlainString());
        assertEquals("52.0", other.budget().toPlainString());
        assertNotSame(held.budget(), other.budget());
    }

    private static ProjectSheetPayload sheet(String projectCode, String budget) {
        BigDecimal amount = new BigDecimal(budget);
        IndicatorValue cost = new IndicatorValue("≤" + budget + "万元", "≤", amount, "万元", false, amount);
        return new ProjectSheetPayload(projectCode, "培训项目", 1, amount, amount, BigDecimal.ZERO, null, null, null, null, false, "2010101",
                List.of(new ProjectSheetPayload.Indicator("成本指标", "经济成本指标", "培训费", cost)), false);
    }

    private static String stored(ProjectSheetPayload payload) {
        return EventCodec.mapper().valueToTree(payload).toString();
    }
}
