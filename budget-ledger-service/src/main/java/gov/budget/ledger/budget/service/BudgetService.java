package gov.budget.ledger.budget.service;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.rest.BudgetCreateRequest;
import gov.budget.ledger.budget.rest.BudgetDocument;
import gov.budget.ledger.budget.rest.BudgetSummary;
import gov.budget.ledger.budget.rest.BudgetView;
import gov.budget.ledger.budget.rest.TableSummary;
import gov.budget.ledger.config.LedgerConfig;
import gov.budget.ledger.department.Department;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.ledger.line.event.LedgerEvents;
import gov.budget.ledger.line.rest.LedgerTableView;
import gov.budget.ledger.line.service.LedgerTableService;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates budgets and reads them whole, as a list, or as a summary. */
@ApplicationScoped
public class BudgetService {

    @Inject
    BudgetTemplates templates;

    @Inject
    NarrativeService narrative;

    @Inject
    LedgerEvents events;

    @Inject
    LedgerConfig config;

    @Transactional
    public BudgetView create(BudgetCreateRequest request, String actor) {
        if (request == null) {
            throw InvalidInputException.of("body", null, "a budget is required: {\"deptCode\", \"fiscalYear\", \"templateId\"}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        BudgetKeys.checkDeptCode("deptCode", request.deptCode(), violations);
        BudgetKeys.checkFiscalYear("fiscalYear", request.fiscalYear(), violations);
        String templateId = templateIdOrDefault(request.templateId(), "templateId", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Department department = requireDepartment(request.deptCode(), "deptCode");
        if (Budget.find(request.deptCode(), request.fiscalYear()).isPresent()) {
            throw new ConflictException("department " + request.deptCode() + " already has a budget for " + request.fiscalYear());
        }
        Budget budget = createBudget(department, request.fiscalYear(), templateId, actor);
        return view(budget, department.name);
    }

    /** A new budget, with its first event; the caller has checked the department, year and template. */
    Budget createBudget(Department department, int fiscalYear, String templateId, String actor) {
        Instant now = Instant.now();
        Budget budget = new Budget();
        budget.deptCode = department.code;
        budget.fiscalYear = fiscalYear;
        budget.templateId = templateId;
        budget.createdAt = now;
        budget.updatedAt = now;
        budget.version = 1;
        budget.persist();
        events.budgetChanged(budget, department.name, List.of(), actor);
        return budget;
    }

    /** The template id to use, the configured default when none is given; a violation when unknown. */
    String templateIdOrDefault(String templateId, String field, List<FieldViolation> violations) {
        String id = templateId == null || templateId.isBlank() ? config.defaultTemplate() : templateId;
        if (templates.find(id).isEmpty()) {
            violations.add(new FieldViolation(field, templateId, "unknown template; the templates are "
                    + templates.all().stream().map(RegionTemplate::id).toList()));
        }
        return id;
    }

    /** The department, or 400 naming the field: a budget cannot exist without its department. */
    static Department requireDepartment(String deptCode, String field) {
        Department department = Department.findById(deptCode);
        if (department == null) {
            throw InvalidInputException.of(field, deptCode, "no such department; create it with POST /departments first");
        }
        return department;
    }

    public List<BudgetView> list(Integer fiscalYear, String deptCode) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (fiscalYear != null) {
            query.append(" and fiscalYear = :year");
            parameters.and("year", fiscalYear);
        }
        if (deptCode != null && !deptCode.isBlank()) {
            query.append(" and deptCode = :dept");
            parameters.and("dept", deptCode);
        }
        List<Budget> budgets = Budget.find(query + " order by fiscalYear, deptCode", parameters).list();
        Map<String, String> names = Department.<Department>listAll().stream()
                .collect(Collectors.toMap(d -> d.code, d -> d.name));
        return budgets.stream().map(b -> view(b, names.get(b.deptCode))).toList();
    }

    public BudgetDocument read(String deptCode, int fiscalYear) {
        Budget budget = Budget.require(deptCode, fiscalYear);
        return document(budget, 0);
    }

    /** The whole budget as stored now. */
    BudgetDocument document(Budget budget, int changedLines) {
        Map<Integer, List<StoredLine>> lines = StoredLine.ofBudget(budget.id).stream()
                .collect(Collectors.groupingBy(StoredLine::tableNo));
        return document(budget, tableRecords(budget), lines, narrative.read(budget), changedLines);
    }

    /** As above, from the table records, lines (by table number) and narrative the caller holds, so they are not read again. */
    BudgetDocument document(Budget budget, Map<Integer, LedgerTable> records, Map<Integer, List<StoredLine>> lines,
                            List<NarrativeFigure> figures, int changedLines) {
        RegionTemplate template = templates.of(budget);
        List<LedgerTableView> tables = template.tables().stream()
                .map(t -> LedgerTableService.view(budget, t, recordOrUnsaved(records, budget, t.number()),
                        lines.getOrDefault(t.number(), List.of()), 0))
                .toList();
        Department department = Department.findById(budget.deptCode);
        return new BudgetDocument(budget.deptCode, department.name, budget.fiscalYear, budget.templateId, template.region(),
                budget.version, budget.updatedAt, tables, figures, changedLines);
    }

    /** The table's record from those read for the budget, or an unsaved one; no query either way. */
    static LedgerTable recordOrUnsaved(Map<Integer, LedgerTable> records, Budget budget, int tableNo) {
        LedgerTable record = records.get(tableNo);
        return record != null ? record : LedgerTable.unsaved(budget, tableNo);
    }

    public BudgetSummary summary(String deptCode, int fiscalYear) {
        Budget budget = Budget.require(deptCode, fiscalYear);
        RegionTemplate template = templates.of(budget);
        Map<Integer, LedgerTable> records = tableRecords(budget);
        Map<Integer, Long> rowCounts = LedgerLine.liveRowCounts(budget);
        List<TableSummary> tables = new ArrayList<>();
        for (TableTemplate table : template.tables()) {
            LedgerTable record = records.get(table.number());
            int rows = rowCounts.getOrDefault(table.number(), 0L).intValue();
            tables.add(record == null
                    ? new TableSummary(table.number(), table.title(), table.unit(), false, 0, null, 0, null)
                    : new TableSummary(table.number(), table.title(), table.unit(), true, rows, record.note, record.version,
                    record.updatedAt));
        }
        Department department = Department.findById(budget.deptCode);
        return new BudgetSummary(budget.deptCode, department.name, budget.fiscalYear, budget.templateId, budget.version,
                template.tables().size(), (int) tables.stream().filter(TableSummary::present).count(),
                tables.stream().mapToInt(TableSummary::rowCount).sum(), narrative.read(budget).size(), budget.updatedAt, tables);
    }

    static Map<Integer, LedgerTable> tableRecords(Budget budget) {
        return LedgerTable.ofBudget(budget).stream().collect(Collectors.toMap(t -> t.tableNo, Function.identity()));
    }

    static BudgetView view(Budget budget, String deptName) {
        return new BudgetView(budget.deptCode, deptName, budget.fiscalYear, budget.templateId, budget.version,
                budget.createdAt, budget.updatedAt);
    }
}
