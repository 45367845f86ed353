package gov.budget.contracts;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.CodeLayout;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateCatalogTest {

    @Test
    void theHebeiTemplateHasNineTablesAndTableThreeHasTheExpenditureColumns() {
        RegionTemplate hebei = TemplateCatalog.load().find("hebei-2024").orElseThrow();

        assertEquals(9, hebei.tables().size());
        TableTemplate table3 = hebei.table(3).orElseThrow();
        assertEquals("部门预算支出总表", table3.title());
        assertEquals("万元", table3.unit());
        assertEquals(List.of("total", "basic", "project", "operating", "remitted_to_superior", "subsidiary_subsidy"),
                table3.columns().stream().map(c -> c.code()).toList());
        assertEquals(RowKind.FUNCTIONAL, table3.codeKind().orElseThrow());
        assertEquals(RowKind.ECONOMIC, hebei.table(6).orElseThrow().codeKind().orElseThrow());
        assertTrue(hebei.table(10).isEmpty());
    }

    @Test
    void aSecondRegionIsOnlyADataFile() {
        RegionTemplate shanghai = TemplateCatalog.load().find("shanghai-2024").orElseThrow();

        assertEquals(CodeLayout.SPLIT, shanghai.codeLayout());
        assertEquals(CodeLayout.COMBINED, TemplateCatalog.load().find("hebei-2024").orElseThrow().codeLayout());
        assertEquals("元", shanghai.table(3).orElseThrow().unit());
        assertEquals("三公经费和机关运行经费预算表", shanghai.table(9).orElseThrow().title());
        assertEquals("万元", shanghai.table(9).orElseThrow().unit());
    }
}
