package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an import's findings were printed, as its page says it: a PDF's page, a Word table's row, a Word paragraph. */
class ImportDetailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachFindingSaysWhereItWasPrinted() throws Exception {
        JsonNode upload = JSON.readTree("{\"id\": 7, \"deptCode\": \"323\", \"status\": \"COMMITTED\", \"draft\": {\"problems\": []}}");
        JsonNode checked = JSON.readTree("""
                {"findings": [
                  {"ruleId": "R05", "severity": "ERROR", "message": "m", "evidence": {"page": 15, "printed": "9,389,913.00"}},
                  {"ruleId": "R06", "severity": "ERROR", "message": "m", "evidence": {"table": 2, "row": 4, "cell": 4, "printed": "279.52"}},
                  {"ruleId": "R16", "severity": "WARNING", "message": "m", "evidence": {"paragraph": 38, "printed": "131.92"}},
                  {"ruleId": "R20", "severity": "INFO", "message": "m", "evidence": null}
                ]}""");
        ImportDetail detail = ImportDetail.of(upload, checked);
        assertEquals(List.of("第 15 页", "第 2 个表格第 4 行", "正文第 38 段", "—"),
                detail.findings().stream().map(ImportDetail.Printed::where).toList());
        assertEquals(List.of("9,389,913.00", "279.52", "131.92", ""),
                detail.findings().stream().map(ImportDetail.Printed::printed).toList());
    }
}
