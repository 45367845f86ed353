package gov.budget.ledger.budget.service;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.rest.BudgetDocument;
import gov.budget.ledger.budget.rest.BudgetImportRequest;
import gov.budget.ledger.budget.rest.BudgetTableRequest;
import gov.budget.ledger.department.Department;
import gov.budget.ledger.line.LedgerLineRows;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.ledger.line.event.LedgerEvents;
import gov.budget.ledger.line.service.LedgerRowsValidator;
import gov.budget.ledger.line.service.LedgerTableWriter;
import gov.budget.ledger.line.service.ValidatedRow;
import gov.budget.web.BudgetKeys;
import gov.budget.web.Versions;
import gov.budget.web.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a whole budget, all its tables and its narrative, in one transaction: everything is
 * validated first and every error reported at once, so that a refused import stores nothing.
 */
@ApplicationScoped
public class BudgetImportService {

    @Inject
    BudgetService budgets;

    @Inject
    BudgetTemplates templates;

    @Inject
    LedgerRowsValidator rowsValidator;

    @Inject
    LedgerTableWriter writer;

    @Inject
    NarrativeService narrative;

    @Inject
    LedgerEvents events;

    /** A table of the import that passed validation. */
    private record ValidTable(TableTemplate template, String note, List<ValidatedRow> rows) {
    }

    @Transactional
    public BudgetDocument importBudget(String deptCode, int fiscalYear, String ifMatch, BudgetImportRequest request,
                                       String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (request == null) {
            throw InvalidInputException.of("body", null, "a budget is required: {\"deptCode\", \"fiscalYear\", \"tables\", …}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!deptCode.equals(request.deptCode())) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        if (request.fiscalYear() == null || request.fiscalYear() != fiscalYear) {
            violations.add(new FieldViolation("fiscalYear", request.fiscalYear() == null ? null : String.valueOf(request.fiscalYear()),
                    "does not match the URL's year " + fiscalYear));
        }
        Budget budget = Budget.findForUpdate(deptCode, fiscalYear).orElse(null);
        String templateId = budgets.templateIdOrDefault(request.templateId(), "templateId", violations);
        if (budget != null && request.templateId() != null && !request.templateId().equals(budget.templateId)) {
            violations.add(new FieldViolation("templateId", request.templateId(),
                    "the budget is published under " + budget.templateId + "; its template cannot change"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        RegionTemplate template = templates.find(budget == null ? templateId : budget.templateId).orElseThrow();
        Map<Integer, ValidTable> tables = validateTables(template, request.tables(), violations);
        List<NarrativeFigure> figures = request.narrative() == null ? null : narrative.validate(request.narrative(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Department department = BudgetService.requireDepartment(deptCode, "deptCode");
        Versions.checkIfMatch(ifMatch, budget == null ? 0 : budget.version, "budget " + deptCode + "/" + fiscalYear);
        if (budget == null) {
            budget = budgets.createBudget(department, fiscalYear, template.id(), actor);
        }

        Instant now = Instant.now();
        int changedLines = 0;
        boolean changed = false;
        // the budget's table records and lines are read once, before anything is written
        Map<Integer, LedgerTable> records = BudgetService.tableRecords(budget);
        Map<Integer, List<StoredLine>> lines = StoredLine.ofBudget(budget.id).stream()
                .collect(Collectors.groupingBy(StoredLine::tableNo));
        // every table's changed lines are stored together, after the last table
        LedgerLineRows.Batch changedRows = new LedgerLineRows.Batch(budget.id, now);
        for (Map.Entry<Integer, ValidTable> entry : tables.entrySet()) {
            ValidTable table = entry.getValue();
            LedgerTableWriter.Written written = writer.write(budget, table.template(),
                    BudgetService.recordOrUnsaved(records, budget, entry.getKey()),
                    lines.getOrDefault(entry.getKey(), List.of()), table.rows(), table.note(), actor, now, changedRows);
            if (written.tableChanged() && !written.record().isPersistent()) {
                written.record().persist();
            }
            lines.put(entry.getKey(), written.lines());
            records.put(entry.getKey(), written.record());
            changedLines += written.changedLines();
            changed |= written.tableChanged();
        }
        changedRows.write();
        // the narrative is read once: to compare with the import's, and to answer with when it has none
        List<NarrativeFigure> storedFigures = narrative.read(budget);
        boolean narrativeChanged = figures != null && narrative.replace(budget, storedFigures, figures);
        if (changed || narrativeChanged) {
            budget.touch(now);
        }
        if (narrativeChanged) {
            events.budgetChanged(budget, department.name, figures, actor);
        }
        return budgets.document(budget, records, lines, figures != null ? figures : storedFigures, changedLines);
    }

    private Map<Integer, ValidTable> validateTables(RegionTemplate template, List<BudgetTableRequest> requests,
                                                    List<FieldViolation> violations) {
        Map<Integer, ValidTable> tables = new LinkedHashMap<>();
        if (requests == null) {
            violations.add(new FieldViolation("tables", null, "tables is required; list the tables to import"));
            return tables;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String at = "tables[" + i + "]";
            BudgetTableRequest request = requests.get(i);
            if (request == null || request.tableNo() == null) {
                violations.add(new FieldViolation(at + ".tableNo", null, "tableNo is required"));
                continue;
            }
            if (!seen.add(request.tableNo())) {
                violations.add(new FieldViolation(at + ".tableNo", String.valueOf(request.tableNo()),
                        "表" + request.tableNo() + "：the table appears twice"));
                continue;
            }
            TableTemplate table = template.table(request.tableNo()).orElse(null);
            if (table == null) {
                violations.add(new FieldViolation(at + ".tableNo", String.valueOf(request.tableNo()), "template " + template.id()
                        + " has no table " + request.tableNo() + "; its tables are "
                        + template.tables().stream().map(TableTemplate::number).toList()));
                continue;
            }
            int before = violations.size();
            LedgerRowsValidator.checkNote(request.note(), at + ".note", violations);
            List<ValidatedRow> rows = rowsValidator.validate(table, request.rows(), at + ".", violations);
            PrintedLocation.name(violations, before, table.number(), request.rows());
            tables.put(request.tableNo(), new ValidTable(table, request.note(), rows));
        }
        return tables;
    }
}
