package gov.budget.ledger.line.service;

import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.config.LedgerConfig;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.ledger.line.event.LedgerLineEvents;
import gov.budget.ledger.line.rest.LedgerLineView;
import gov.budget.ledger.line.rest.LedgerTableRequest;
import gov.budget.ledger.line.rest.LedgerTableView;
import gov.budget.ledger.problem.InvalidInputException;
import gov.budget.ledger.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and replaces the rows of one table of a budget. A replace is one transaction: every added,
 * changed or removed row gets a new version and one event in the outbox; unchanged rows get neither.
 */
@ApplicationScoped
public class LedgerTableService {

    private static final Pattern DEPT_CODE = Pattern.compile("[0-9A-Za-z]{1,32}");

    @Inject
    LedgerRowsValidator validator;

    @Inject
    LedgerLineEvents events;

    @Inject
    LedgerConfig config;

    private final TemplateCatalog templates = TemplateCatalog.load();

    @Transactional
    public LedgerTableView replaceTable(String deptCode, int fiscalYear, int tableNo, LedgerTableRequest request, String actor) {
        checkBudgetKey(deptCode, fiscalYear);
        Budget budget = Budget.findForUpdate(deptCode, fiscalYear).orElse(null);
        RegionTemplate template = template(budget == null ? config.defaultTemplate() : budget.templateId);
        TableTemplate table = template.table(tableNo)
                .orElseThrow(() -> InvalidInputException.of("tableNo", tableNo,
                        "template " + template.id() + " has tables 1 to " + template.tables().size()));
        List<ValidatedRow> rows = validator.validate(table, request);
        if (budget == null) {
            budget = createBudget(deptCode, fiscalYear, template.id());
        }

        Instant now = Instant.now();
        List<LedgerLine> lines = new ArrayList<>(LedgerLine.ofTable(budget, tableNo));
        Map<String, LedgerLine> existing = lines.stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        int changed = 0;
        for (ValidatedRow row : rows) {
            LedgerLine line = existing.remove(row.code());
            if (line == null) {
                line = newLine(budget, tableNo, row.code());
                lines.add(line);
            } else if (!line.deleted && sameContent(line, row)) {
                continue;
            }
            line.rowKind = row.kind();
            line.name = row.name();
            line.position = row.position();
            line.amounts.clear();
            line.amounts.putAll(row.amounts());
            touch(line, false, now);
            line.persist();
            events.changed(budget, line, table, actor);
            changed++;
        }
        for (LedgerLine removed : existing.values()) {
            if (!removed.deleted) {
                removed.amounts.clear();
                touch(removed, true, now);
                events.changed(budget, removed, table, actor);
                changed++;
            }
        }
        return view(budget, table, lines, changed);
    }

    public LedgerTableView readTable(String deptCode, int fiscalYear, int tableNo) {
        Budget budget = Budget.find(deptCode, fiscalYear)
                .orElseThrow(() -> new NotFoundException("no budget for department " + deptCode + " in " + fiscalYear));
        RegionTemplate template = template(budget.templateId);
        TableTemplate table = template.table(tableNo)
                .orElseThrow(() -> new NotFoundException("template " + template.id() + " has no table " + tableNo));
        return view(budget, table, LedgerLine.ofTable(budget, tableNo), 0);
    }

    private static void checkBudgetKey(String deptCode, int fiscalYear) {
        if (!DEPT_CODE.matcher(deptCode).matches()) {
            throw InvalidInputException.of("deptCode", deptCode, "a department code is 1 to 32 letters or digits");
        }
        if (fiscalYear < 1949 || fiscalYear > 9999) {
            throw InvalidInputException.of("fiscalYear", fiscalYear, "a fiscal year is between 1949 and 9999");
        }
    }

    private RegionTemplate template(String id) {
        return templates.find(id).orElseThrow(() -> new IllegalStateException("unknown region template " + id));
    }

    private static Budget createBudget(String deptCode, int fiscalYear, String templateId) {
        Budget budget = new Budget();
        budget.deptCode = deptCode;
        budget.fiscalYear = fiscalYear;
        budget.templateId = templateId;
        budget.createdAt = Instant.now();
        budget.persist();
        return budget;
    }

    private static LedgerLine newLine(Budget budget, int tableNo, String code) {
        LedgerLine line = new LedgerLine();
        line.budget = budget;
        line.tableNo = tableNo;
        line.code = code;
        line.version = 0;
        return line;
    }

    private static void touch(LedgerLine line, boolean deleted, Instant now) {
        line.deleted = deleted;
        line.version++;
        line.updatedAt = now;
    }

    /** Same kind, name, position and amounts; 52.00 and 52.0 differ, because the published text differs. */
    private static boolean sameContent(LedgerLine line, ValidatedRow row) {
        return line.rowKind == row.kind()
                && Objects.equals(line.name, row.name())
                && line.position == row.position()
                && line.amounts.equals(row.amounts());
    }

    private static LedgerTableView view(Budget budget, TableTemplate table, List<LedgerLine> lines, int changed) {
        List<LedgerLineView> rows = lines.stream()
                .filter(l -> !l.deleted)
                .sorted(Comparator.comparingInt(l -> l.position))
                .map(l -> new LedgerLineView(l.rowKind, l.code, l.name, l.position, table.inColumnOrder(l.amounts), l.version))
                .toList();
        return new LedgerTableView(budget.deptCode, budget.fiscalYear, budget.templateId, table.number(), table.title(),
                table.unit(), rows, changed);
    }

}
