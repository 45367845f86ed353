package gov.budget.console.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.console.api.ApiAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The department page's findings: reconciliation's answer, or why it could not be read, never an empty list in its place. */
class BudgetFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAnsweredFindingsAreListedWithTheBudgetsStatus() throws Exception {
        BudgetFindings findings = BudgetFindings.of(new ApiAnswer(200, JSON.readTree("""
                {"status": "ERRORS", "findings": [
                  {"id": 11, "ruleId": "R05", "severity": "ERROR", "location": "3:2080106:total"},
                  {"id": 12, "ruleId": "R22", "severity": "WARNING", "location": "sheet:P1"}
                ]}""")));
        assertEquals(List.of("R05", "R22"), findings.open().stream().map(FindingView::ruleId).toList());
        assertEquals("ERRORS", findings.status());
        assertNull(findings.error());
    }

    @Test
    void anUnreachableReconciliationIsSaidAsSuchNotAsNoFindings() throws Exception {
        BudgetFindings findings = BudgetFindings.of(new ApiAnswer(503,
                JSON.readTree("{\"detail\": \"service unreachable: Connection refused\"}")));
        assertEquals(List.of(), findings.open());
        assertNull(findings.status());
        assertEquals("未能读取核对结果（HTTP 503）：service unreachable: Connection refused", findings.error());
    }

    @Test
    void aRefusalIsShownWithReconciliationsReason() throws Exception {
        BudgetFindings findings = BudgetFindings.of(new ApiAnswer(404,
                JSON.readTree("{\"title\": \"Not found\", \"detail\": \"no reconciliation of 323/2024 yet\"}")));
        assertEquals("未能读取核对结果（HTTP 404）：no reconciliation of 323/2024 yet", findings.error());
    }
}
