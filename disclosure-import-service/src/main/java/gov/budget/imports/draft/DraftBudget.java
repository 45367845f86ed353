package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A budget as read from a published document, in the ledger's whole-budget import form, with the
 * evidence of every value, and the problems that keep it from being read for certain.
 */
public record DraftBudget(String region, @Schema(nullable = true) Integer fiscalYear, @Schema(nullable = true) String deptName,
                          String templateId, List<DraftTable> tables, List<DraftFigure> narrative,
                          List<ImportProblem> problems) {

    /** How many values were read: the tables' amounts and the narrative's figures. */
    public int cells() {
        return tables.stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.amounts().size()).sum() + narrative.size();
    }
}
