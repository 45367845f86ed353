package gov.budget.imports.reconciliation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.service.DisclosureImport;
import gov.budget.imports.service.ImportService;
import gov.budget.imports.service.LedgerRefusedException;
import gov.budget.web.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links the findings of a committed import's budget to the evidence of their cells: a finding at
 * 表5 2011301 total opens at the page and box where that figure was printed.
 */
@ApplicationScoped
public class FindingEvidence {

    /** How a finding names a table's 合计 row. */
    private static final String TOTAL_ROW = "total";

    @Inject
    @RestClient
    ReconciliationClient reconciliation;

    @Inject
    ImportService imports;

    @Inject
    ObjectMapper json;

    public ImportFindings of(DisclosureImport upload, String authorization) {
        if (upload.status != DisclosureImport.Status.COMMITTED) {
            throw new ConflictException("import " + upload.id + " is " + upload.status + "; findings belong to a committed import");
        }
        JsonNode budget;
        try (Response answer = reconciliation.budget(authorization, upload.deptCode, upload.fiscalYear)) {
            String body = answer.readEntity(String.class);
            if (answer.getStatus() != 200) {
                throw new LedgerRefusedException(answer.getStatus(), body);
            }
            // the findings' amounts as BigDecimal, never through a double
            budget = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DraftBudget draft = imports.draftOf(upload);
        List<EvidencedFinding> findings = new ArrayList<>();
        for (JsonNode finding : budget.path("findings")) {
            findings.add(EvidencedFinding.of(finding, evidenceOf(draft, finding).orElse(null)));
        }
        return new ImportFindings(upload.id, upload.deptCode, upload.fiscalYear, budget.path("status").asText(),
                budget.hasNonNull("evaluatedAt") ? java.time.Instant.parse(budget.get("evaluatedAt").asText()) : null, findings);
    }

    /**
     * The printed figure of the finding's cell, or its row's label when the cell was printed blank; for
     * a finding on the narrative (no table, the figure's code as its row), the figure in its sentence.
     */
    static Optional<Evidence> evidenceOf(DraftBudget draft, JsonNode finding) {
        if (!finding.hasNonNull("rowCode")) {
            return Optional.empty();
        }
        if (!finding.hasNonNull("table")) {
            String code = finding.get("rowCode").asText();
            return draft.narrative().stream().filter(f -> f.code().equals(code)).findFirst().map(DraftFigure::evidence);
        }
        int tableNo = finding.get("table").asInt();
        String rowCode = finding.get("rowCode").asText();
        String column = finding.path("column").asText(null);
        for (DraftTable table : draft.tables()) {
            if (table.tableNo() != tableNo) {
                continue;
            }
            for (DraftRow row : table.rows()) {
                boolean same = rowCode.equals(row.code()) || (TOTAL_ROW.equals(rowCode) && row.kind() == RowKind.TOTAL);
                if (same) {
                    Evidence cell = column == null ? null : row.evidence().get(column);
                    return Optional.ofNullable(cell != null ? cell : row.evidence().get("name"));
                }
            }
        }
        return Optional.empty();
    }
}
