package gov.budget.procurement.line.service;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.procurement.department.DepartmentUnits;
import gov.budget.procurement.line.FundColumns;
import gov.budget.procurement.line.ProcurementBudget;
import gov.budget.procurement.line.ProcurementCategory;
import gov.budget.procurement.line.ProcurementLine;
import gov.budget.procurement.line.ProcurementLineRows;
import gov.budget.procurement.line.PublishedTotalEntry;
import gov.budget.procurement.line.event.ProcurementEvents;
import gov.budget.procurement.line.rest.ProcurementImportRequest;
import gov.budget.procurement.line.rest.ProcurementLineRequest;
import gov.budget.procurement.line.rest.ProcurementLineView;
import gov.budget.procurement.line.rest.ProcurementTableView;
import gov.budget.procurement.line.rest.PublishedTotalRequest;
import gov.budget.web.BudgetKeys;
import gov.budget.web.Versions;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Imports, reads and changes the procurement table of a department-year. Every write is one
 * transaction that locks the table, is guarded by an ETag, and emits one event per changed line.
 */
@ApplicationScoped
public class ProcurementService {

    static final String UNIT = "万元";
    @Inject
    ProcurementValidator validator;

    @Inject
    DepartmentUnits departments;

    @Inject
    ProcurementEvents events;

    /** What an import stored: the table's budget, and how many of its lines changed. */
    private record StoredImport(ProcurementBudget budget, int changedLines) {
    }

    /** Imports the table in one transaction; answers with the table as it now is. */
    @Transactional
    public ProcurementTableView importTable(String deptCode, int fiscalYear, String ifMatch, ProcurementImportRequest request,
                                            String actor) {
        StoredImport stored = store(deptCode, fiscalYear, ifMatch, request, actor);
        return view(stored.budget(), stored.changedLines());
    }

    /**
     * As {@link #importTable}, answering with the table's new version alone, for a caller that
     * preferred {@code return=minimal}: the lines and totals are not read back.
     */
    @Transactional
    public long importTableVersion(String deptCode, int fiscalYear, String ifMatch, ProcurementImportRequest request, String actor) {
        return store(deptCode, fiscalYear, ifMatch, request, actor).budget().version;
    }

    private StoredImport store(String deptCode, int fiscalYear, String ifMatch, ProcurementImportRequest request, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (request == null) {
            throw InvalidInputException.of("body", null, "a procurement table is required: {\"lines\": […], \"publishedTotals\": […]}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!deptCode.equals(request.deptCode())) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        if (request.fiscalYear() == null || request.fiscalYear() != fiscalYear) {
            violations.add(new FieldViolation("fiscalYear", request.fiscalYear() == null ? null : String.valueOf(request.fiscalYear()),
                    "does not match the URL's year " + fiscalYear));
        }
        if (request.note() != null && request.note().length() > 1000) {
            violations.add(new FieldViolation("note", request.note(), "a note is at most 1000 characters"));
        }
        Set<String> units = departments.of(deptCode);
        List<ProcurementLineRequest> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            validator.checkLine(lines.get(i), "lines[" + i + "].", units, violations);
        }
        List<PublishedTotalRequest> totals = request.publishedTotals() == null ? List.of() : request.publishedTotals();
        for (int i = 0; i < totals.size(); i++) {
            validator.checkTotal(totals.get(i), "publishedTotals[" + i + "].", units, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProcurementBudget budget = ProcurementBudget.findForUpdate(deptCode, fiscalYear).orElse(null);
        Versions.checkIfMatch(ifMatch, budget == null ? 0 : budget.version, "the procurement table of " + deptCode + "/" + fiscalYear);
        Instant now = Instant.now();
        if (budget == null) {
            budget = newBudget(deptCode, fiscalYear, now);
        }

        // lines match by position: the imported table replaces the stored one row for row
        List<ProcurementLine> stored = ProcurementLine.liveOf(budget);
        List<ProcurementLine> changed = new ArrayList<>();
        List<ProcurementLine> created = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ProcurementLine line = i < stored.size() ? stored.get(i) : null;
            if (line != null && sameContent(line, lines.get(i), i + 1)) {
                continue;
            }
            if (line == null) {
                line = new ProcurementLine();
                line.budget = budget;
                // the id first: the event below names the line by it
                line.id = ProcurementLineRows.newId();
                created.add(line);
            }
            fill(line, lines.get(i), i + 1);
            line.touch(false, now);
            changed.add(line);
        }
        // the new lines in one statement; a changed one stays an entity, written at commit
        ProcurementLineRows.insert(created);
        for (ProcurementLine removed : stored.subList(Math.min(lines.size(), stored.size()), stored.size())) {
            removed.touch(true, now);
            changed.add(removed);
        }
        List<PublishedTotal> published = totals.stream()
                .map(t -> new PublishedTotal(t.unit(), scaled(t.amounts()), scaled(t.smeShare())))
                .toList();
        boolean totalsChanged = !published.equals(publishedOf(budget)) || !Objects.equals(budget.note, blankToNull(request.note()));
        if (totalsChanged) {
            PublishedTotalEntry.delete("budget", budget);
            for (int i = 0; i < published.size(); i++) {
                PublishedTotalEntry entry = new PublishedTotalEntry();
                entry.budget = budget;
                entry.position = i + 1;
                entry.unit = published.get(i).unit();
                entry.amounts = FundColumns.of(published.get(i).amounts());
                entry.smeShare = published.get(i).smeShare();
                entry.persist();
            }
            budget.note = blankToNull(request.note());
        }
        if (!changed.isEmpty() || totalsChanged || budget.version == 0) {
            budget.touch(now);
            // the lines' events name the table's new version, so they follow its touch
            if (!changed.isEmpty()) {
                events.linesChanged(budget, changed, actor);
            }
            events.tableChanged(budget, published, lines.size(), actor);
        }
        return new StoredImport(budget, changed.size());
    }

    @Transactional
    public ProcurementLineView createLine(String deptCode, int fiscalYear, ProcurementLineRequest request, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        validator.checkLine(request, "", departments.of(deptCode), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = Instant.now();
        ProcurementBudget budget = ProcurementBudget.findForUpdate(deptCode, fiscalYear).orElseGet(() -> newBudget(deptCode, fiscalYear, now));
        int position = ProcurementLine.liveOf(budget).stream().mapToInt(l -> l.position).max().orElse(0) + 1;
        ProcurementLine line = new ProcurementLine();
        line.budget = budget;
        fill(line, request, position);
        line.touch(false, now);
        line.persist();
        events.lineChanged(budget, line, actor);
        budget.touch(now);
        return ProcurementLineView.of(line);
    }

    @Transactional
    public ProcurementLineView updateLine(String deptCode, int fiscalYear, long id, String ifMatch, ProcurementLineRequest request,
                                          String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        validator.checkLine(request, "", departments.of(deptCode), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProcurementBudget budget = requireForUpdate(deptCode, fiscalYear);
        ProcurementLine line = requireLine(budget, id);
        Versions.checkIfMatch(ifMatch, line.version, "procurement line " + id);
        if (!sameContent(line, request, line.position)) {
            Instant now = Instant.now();
            fill(line, request, line.position);
            line.touch(false, now);
            events.lineChanged(budget, line, actor);
            budget.touch(now);
        }
        return ProcurementLineView.of(line);
    }

    @Transactional
    public void deleteLine(String deptCode, int fiscalYear, long id, String ifMatch, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        ProcurementBudget budget = requireForUpdate(deptCode, fiscalYear);
        ProcurementLine line = requireLine(budget, id);
        Versions.checkIfMatch(ifMatch, line.version, "procurement line " + id);
        Instant now = Instant.now();
        line.touch(true, now);
        events.lineChanged(budget, line, actor);
        budget.touch(now);
    }

    public ProcurementTableView read(String deptCode, int fiscalYear) {
        return view(require(deptCode, fiscalYear), 0);
    }

    public ProcurementLineView readLine(String deptCode, int fiscalYear, long id) {
        return ProcurementLineView.of(requireLine(require(deptCode, fiscalYear), id));
    }

    public static ProcurementBudget require(String deptCode, int fiscalYear) {
        return ProcurementBudget.find(deptCode, fiscalYear)
                .orElseThrow(() -> new NotFoundException("no procurement table for department " + deptCode + " in " + fiscalYear));
    }

    public static List<PublishedTotal> publishedOf(ProcurementBudget budget) {
        return PublishedTotalEntry.of(budget).stream()
                .map(e -> new PublishedTotal(e.unit, e.amounts.amounts(), e.smeShare))
                .toList();
    }

    private static ProcurementBudget requireForUpdate(String deptCode, int fiscalYear) {
        return ProcurementBudget.findForUpdate(deptCode, fiscalYear)
                .orElseThrow(() -> new NotFoundException("no procurement table for department " + deptCode + " in " + fiscalYear));
    }

    private static ProcurementLine requireLine(ProcurementBudget budget, long id) {
        ProcurementLine line = ProcurementLine.findById(id);
        if (line == null || line.deleted || !line.budget.id.equals(budget.id)) {
            throw new NotFoundException("the procurement table of " + budget.deptCode + "/" + budget.fiscalYear + " has no line " + id);
        }
        return line;
    }

    private static ProcurementBudget newBudget(String deptCode, int fiscalYear, Instant now) {
        ProcurementBudget budget = new ProcurementBudget();
        budget.deptCode = deptCode;
        budget.fiscalYear = fiscalYear;
        budget.version = 0;
        budget.updatedAt = now;
        budget.persist();
        return budget;
    }

    private static void fill(ProcurementLine line, ProcurementLineRequest request, int position) {
        line.position = position;
        line.unit = request.unit();
        line.projectName = request.projectName().strip();
        line.projectCode = blankToNull(request.projectCode());
        line.basicExpenditure = Boolean.TRUE.equals(request.basicExpenditure());
        line.projectBudget = scaled(request.projectBudget());
        line.itemName = request.itemName().strip();
        line.catalogCode = request.catalogCode();
        line.category = ProcurementCategory.ofCatalogCode(request.catalogCode());
        line.measureUnit = request.measureUnit().strip();
        line.quantity = request.quantity().setScale(4);
        line.unitPrice = scaled(request.unitPrice());
        line.amounts = FundColumns.of(scaled(request.amounts()));
        line.smeShare = scaled(request.smeShare());
    }

    private static boolean sameContent(ProcurementLine line, ProcurementLineRequest request, int position) {
        ProcurementLine candidate = new ProcurementLine();
        fill(candidate, request, position);
        return line.position == candidate.position && line.unit.equals(candidate.unit)
                && line.projectName.equals(candidate.projectName) && Objects.equals(line.projectCode, candidate.projectCode)
                && line.basicExpenditure == candidate.basicExpenditure && Objects.equals(line.projectBudget, candidate.projectBudget)
                && line.itemName.equals(candidate.itemName) && line.catalogCode.equals(candidate.catalogCode)
                && line.measureUnit.equals(candidate.measureUnit) && line.quantity.compareTo(candidate.quantity) == 0
                && Objects.equals(line.unitPrice, candidate.unitPrice)
                && line.amounts.amounts().equals(candidate.amounts.amounts()) && Objects.equals(line.smeShare, candidate.smeShare);
    }

    private static ProcurementTableView view(ProcurementBudget budget, int changed) {
        List<ProcurementLineView> lines = ProcurementLine.liveOf(budget).stream().map(ProcurementLineView::of).toList();
        return new ProcurementTableView(budget.deptCode, budget.fiscalYear, UNIT, budget.note, budget.version, budget.updatedAt,
                lines, publishedOf(budget), changed);
    }

    static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    static FundAmounts scaled(FundAmounts amounts) {
        if (amounts == null) {
            return FundAmounts.blank();
        }
        return new FundAmounts(scaled(amounts.total()), scaled(amounts.generalPublic()), scaled(amounts.governmentFund()),
                scaled(amounts.stateCapital()), scaled(amounts.specialAccount()), scaled(amounts.unitFunds()),
                scaled(amounts.carryOver()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
