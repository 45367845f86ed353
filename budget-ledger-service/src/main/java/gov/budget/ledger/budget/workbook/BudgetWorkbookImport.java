package gov.budget.ledger.budget.workbook;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.rest.BudgetDocument;
import gov.budget.ledger.budget.rest.BudgetImportRequest;
import gov.budget.ledger.budget.service.BudgetImportService;
import gov.budget.ledger.budget.service.BudgetTemplates;
import gov.budget.ledger.config.LedgerConfig;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A whole budget imported from a workbook in the published layout: read with
 * {@link BudgetWorkbookReader}, then written through the same whole-budget import as JSON (the same
 * validation, events and audit), all or nothing. Every refusal names the sheet, row and column.
 */
@ApplicationScoped
public class BudgetWorkbookImport {

    @Inject
    BudgetImportService importer;

    @Inject
    BudgetTemplates templates;

    @Inject
    LedgerConfig config;

    public BudgetDocument importWorkbook(String deptCode, int fiscalYear, String ifMatch, String templateId, byte[] workbook,
                                         String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (workbook == null || workbook.length == 0) {
            throw InvalidInputException.of("body", null, "a workbook is required: one sheet per table, as export.xlsx writes it");
        }
        RegionTemplate template = templateOf(deptCode, fiscalYear, templateId);
        BudgetWorkbookReader.Read read = BudgetWorkbookReader.read(workbook, template);
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems());
        }
        BudgetImportRequest request = new BudgetImportRequest(deptCode, fiscalYear, template.id(), read.tables(), null);
        try {
            return importer.importBudget(deptCode, fiscalYear, ifMatch, request, actor);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(read.places().translate(e.violations()));
        }
    }

    /** The existing budget's template; for a new one, the one asked for, or the default. */
    private RegionTemplate templateOf(String deptCode, int fiscalYear, String templateId) {
        String id = Budget.find(deptCode, fiscalYear).map(b -> b.templateId)
                .orElse(templateId == null || templateId.isBlank() ? config.defaultTemplate() : templateId);
        return templates.find(id).orElseThrow(() -> InvalidInputException.of("templateId", templateId,
                "unknown template; the templates are " + templates.all().stream().map(RegionTemplate::id).toList()));
    }
}
