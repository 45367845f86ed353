package gov.budget.performance.plan.service;

import gov.budget.contracts.performance.IndicatorValue;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.performance.event.PerformanceEvents;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.ProjectSheetRows;
import gov.budget.performance.plan.SheetIndicator;
import gov.budget.performance.plan.rest.IndicatorRequest;
import gov.budget.performance.plan.rest.OverallGoalRequest;
import gov.budget.performance.plan.rest.PerformanceImportRequest;
import gov.budget.performance.plan.rest.PerformancePlanView;
import gov.budget.performance.plan.rest.PerformanceTotals;
import gov.budget.performance.plan.rest.ProjectSheetRequest;
import gov.budget.performance.plan.rest.ProjectSheetView;
import gov.budget.web.BudgetKeys;
import gov.budget.web.Versions;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports, reads and changes a department-year's goals and project sheets. Every write is one
 * transaction guarded by an ETag; every added, changed or removed sheet emits one event.
 */
@ApplicationScoped
public class PerformanceService {

    @Inject
    SheetValidator validator;

    @Inject
    PerformanceEvents events;

    /** What an import stored: the plan, and how many of its sheets changed. */
    private record StoredImport(PerformancePlan plan, int changedSheets) {
    }

    /** Imports the overall goal and sheets in one transaction; answers with the plan as it now is. */
    @Transactional
    public PerformancePlanView importPlan(String deptCode, int fiscalYear, String ifMatch, PerformanceImportRequest request, String actor) {
        StoredImport stored = store(deptCode, fiscalYear, ifMatch, request, actor);
        return view(stored.plan(), stored.changedSheets());
    }

    /**
     * As {@link #importPlan}, answering with the plan's new version alone, for a caller that preferred
     * {@code return=minimal}: the sheets are not read back, which was a seventh of the service's
     * samples under a province's load.
     */
    @Transactional
    public long importPlanVersion(String deptCode, int fiscalYear, String ifMatch, PerformanceImportRequest request, String actor) {
        return store(deptCode, fiscalYear, ifMatch, request, actor).plan().version;
    }

    private StoredImport store(String deptCode, int fiscalYear, String ifMatch, PerformanceImportRequest request, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (request == null) {
            throw InvalidInputException.of("body", null, "the goals and sheets are required: {\"overallGoal\": …, \"sheets\": […]}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!deptCode.equals(request.deptCode())) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        if (request.fiscalYear() == null || request.fiscalYear() != fiscalYear) {
            violations.add(new FieldViolation("fiscalYear", request.fiscalYear() == null ? null : String.valueOf(request.fiscalYear()),
                    "does not match the URL's year " + fiscalYear));
        }
        checkOverallGoal(request.overallGoal(), violations);
        List<ProjectSheetRequest> sheets = request.sheets() == null ? List.of() : request.sheets();
        List<List<IndicatorValue>> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String duplicate = null;
        for (int i = 0; i < sheets.size(); i++) {
            parsed.add(validator.check(sheets.get(i), "sheets[" + i + "].", violations));
            if (sheets.get(i) != null && sheets.get(i).projectCode() != null && !codes.add(sheets.get(i).projectCode())) {
                duplicate = sheets.get(i).projectCode();
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (duplicate != null) {
            throw new ConflictException("project code " + duplicate + " appears twice; a code is unique within a department-year");
        }
        PerformancePlan plan = PerformancePlan.find(deptCode, fiscalYear).orElse(null);
        Versions.checkIfMatch(ifMatch, plan == null ? 0 : plan.version, "the goals and sheets of " + deptCode + "/" + fiscalYear);
        Instant now = Instant.now();
        if (plan == null) {
            plan = newPlan(deptCode, fiscalYear, now);
        }
        boolean changed = applyOverallGoal(plan, request.overallGoal());
        Map<String, ProjectSheet> stored = new HashMap<>();
        ProjectSheet.<ProjectSheet>list("plan", plan).forEach(s -> stored.put(s.projectCode, s));
        List<ProjectSheet> changedSheets = new ArrayList<>();
        List<ProjectSheet> created = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            ProjectSheet sheet = stored.remove(sheets.get(i).projectCode());
            ProjectSheet candidate = build(plan, sheets.get(i), parsed.get(i), i + 1);
            if (sheet != null && !sheet.deleted && same(sheet, candidate)) {
                continue;
            }
            if (sheet == null) {
                sheet = candidate;
                created.add(sheet);
            } else {
                copy(candidate, sheet);
            }
            sheet.touch(false, now);
            changedSheets.add(sheet);
        }
        // the new sheets in two statements; a changed one stays an entity, written at commit
        ProjectSheetRows.insert(created);
        for (ProjectSheet removed : stored.values()) {
            if (!removed.deleted) {
                removed.touch(true, now);
                changedSheets.add(removed);
            }
        }
        if (changed || !changedSheets.isEmpty() || plan.version == 0) {
            plan.touch(now);
        }
        // the sheets' events name the plan's new version, so they follow its touch
        if (!changedSheets.isEmpty()) {
            events.sheetsChanged(plan, changedSheets, actor);
        }
        return new StoredImport(plan, changedSheets.size());
    }

    @Transactional
    public PerformancePlanView replaceOverallGoal(String deptCode, int fiscalYear, String ifMatch, OverallGoalRequest request) {
        BudgetKeys.require(deptCode, fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new FieldViolation("body", null, "an overall goal is required"));
        }
        checkOverallGoal(request, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PerformancePlan plan = PerformancePlan.find(deptCode, fiscalYear).orElse(null);
        Versions.checkIfMatch(ifMatch, plan == null ? 0 : plan.version, "the goals of " + deptCode + "/" + fiscalYear);
        Instant now = Instant.now();
        if (plan == null) {
            plan = newPlan(deptCode, fiscalYear, now);
        }
        if (applyOverallGoal(plan, request) || plan.version == 0) {
            plan.touch(now);
        }
        return view(plan, 0);
    }

    /** Clears the overall goal and its division sub-goals; the sheets stay. */
    @Transactional
    public PerformancePlanView deleteOverallGoal(String deptCode, int fiscalYear, String ifMatch) {
        PerformancePlan plan = requirePlan(deptCode, fiscalYear);
        Versions.checkIfMatch(ifMatch, plan.version, "the goals of " + deptCode + "/" + fiscalYear);
        if (plan.overallGoal != null || !plan.divisions.isEmpty()) {
            plan.overallGoal = null;
            plan.divisions.clear();
            plan.touch(Instant.now());
        }
        return view(plan, 0);
    }

    @Transactional
    public ProjectSheetView createSheet(String deptCode, int fiscalYear, ProjectSheetRequest request, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        List<IndicatorValue> parsed = validator.check(request, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = Instant.now();
        PerformancePlan plan = PerformancePlan.find(deptCode, fiscalYear).orElseGet(() -> newPlan(deptCode, fiscalYear, now));
        ProjectSheet existing = ProjectSheet.byCode(plan, request.projectCode()).orElse(null);
        if (existing != null && !existing.deleted) {
            throw new ConflictException("department " + deptCode + " already has a sheet for project " + request.projectCode() + " in " + fiscalYear);
        }
        int position = ProjectSheet.liveOf(plan).stream().mapToInt(s -> s.position).max().orElse(0) + 1;
        ProjectSheet sheet = build(plan, request, parsed, position);
        if (existing != null) {
            copy(sheet, existing);
            sheet = existing;
        }
        sheet.touch(false, now);
        sheet.persist();
        events.sheetChanged(plan, sheet, actor);
        plan.touch(now);
        return SheetViews.view(sheet);
    }

    @Transactional
    public ProjectSheetView updateSheet(String deptCode, int fiscalYear, String code, String ifMatch, ProjectSheetRequest request,
                                        String actor) {
        PerformancePlan plan = requirePlan(deptCode, fiscalYear);
        ProjectSheet sheet = requireSheet(plan, code);
        List<FieldViolation> violations = new ArrayList<>();
        List<IndicatorValue> parsed = validator.check(request, "", violations);
        if (request != null && !code.equals(request.projectCode())) {
            violations.add(new FieldViolation("projectCode", request.projectCode(), "does not match the URL's project code " + code));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Versions.checkIfMatch(ifMatch, sheet.version, "the sheet of project " + code);
        ProjectSheet candidate = build(plan, request, parsed, sheet.position);
        if (!same(sheet, candidate)) {
            Instant now = Instant.now();
            copy(candidate, sheet);
            sheet.touch(false, now);
            events.sheetChanged(plan, sheet, actor);
            plan.touch(now);
        }
        return SheetViews.view(sheet);
    }

    @Transactional
    public void deleteSheet(String deptCode, int fiscalYear, String code, String ifMatch, String actor) {
        PerformancePlan plan = requirePlan(deptCode, fiscalYear);
        ProjectSheet sheet = requireSheet(plan, code);
        Versions.checkIfMatch(ifMatch, sheet.version, "the sheet of project " + code);
        Instant now = Instant.now();
        sheet.touch(true, now);
        events.sheetChanged(plan, sheet, actor);
        plan.touch(now);
    }

    public PerformancePlanView read(String deptCode, int fiscalYear) {
        return view(requirePlan(deptCode, fiscalYear), 0);
    }

    public ProjectSheetView readSheet(String deptCode, int fiscalYear, String code) {
        return SheetViews.view(requireSheet(requirePlan(deptCode, fiscalYear), code));
    }

    public PerformanceTotals totals(String deptCode, int fiscalYear) {
        List<ProjectSheet> sheets = ProjectSheet.liveOf(requirePlan(deptCode, fiscalYear));
        BigDecimal budget = sheets.stream().map(s -> s.budget).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal fiscal = sheets.stream().map(s -> s.fiscalFunds).filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new PerformanceTotals(deptCode, fiscalYear, sheets.size(), budget, fiscal);
    }

    /** Sheets across departments and years, filtered; a null criterion matches all. */
    public List<ProjectSheetView> search(String deptCode, Integer fiscalYear, Boolean carriedOver, String level2) {
        StringBuilder query = new StringBuilder("select s from ProjectSheet s join fetch s.plan p where s.deleted = false");
        Map<String, Object> parameters = new HashMap<>();
        if (deptCode != null) {
            query.append(" and p.deptCode = :dept");
            parameters.put("dept", deptCode);
        }
        if (fiscalYear != null) {
            query.append(" and p.fiscalYear = :year");
            parameters.put("year", fiscalYear);
        }
        if (carriedOver != null) {
            query.append(" and s.carriedOver = :carried");
            parameters.put("carried", carriedOver);
        }
        query.append(" order by p.fiscalYear, p.deptCode, s.position");
        List<ProjectSheet> sheets = ProjectSheet.<ProjectSheet>find(query.toString(), parameters).list();
        return sheets.stream()
                .filter(s -> level2 == null || s.indicators.stream().anyMatch(i -> level2.equals(i.level2)))
                .map(SheetViews::view)
                .toList();
    }

    public static PerformancePlan requirePlan(String deptCode, int fiscalYear) {
        return PerformancePlan.find(deptCode, fiscalYear)
                .orElseThrow(() -> new NotFoundException("no performance goals for department " + deptCode + " in " + fiscalYear));
    }

    private static ProjectSheet requireSheet(PerformancePlan plan, String code) {
        return ProjectSheet.byCode(plan, code).filter(s -> !s.deleted)
                .orElseThrow(() -> new NotFoundException("no sheet for project " + code + " in " + plan.deptCode + "/" + plan.fiscalYear));
    }

    private static PerformancePlan newPlan(String deptCode, int fiscalYear, Instant now) {
        PerformancePlan plan = new PerformancePlan();
        plan.deptCode = deptCode;
        plan.fiscalYear = fiscalYear;
        plan.version = 0;
        plan.updatedAt = now;
        plan.persist();
        return plan;
    }

    private static void checkOverallGoal(OverallGoalRequest goal, List<FieldViolation> violations) {
        if (goal == null || goal.divisions() == null) {
            return;
        }
        for (int i = 0; i < goal.divisions().size(); i++) {
            OverallGoalRequest.Division division = goal.divisions().get(i);
            if (division == null || division.division() == null || division.division().isBlank()) {
                violations.add(new FieldViolation("overallGoal.divisions[" + i + "].division", null, "the division's name is required"));
            }
        }
    }

    /** True when the stored goal changed. */
    private static boolean applyOverallGoal(PerformancePlan plan, OverallGoalRequest goal) {
        if (goal == null || SheetViews.overallGoal(plan).equals(normalised(goal))) {
            return false;
        }
        plan.overallGoal = goal.goal();
        plan.divisions.clear();
        if (goal.divisions() != null) {
            goal.divisions().forEach(d -> plan.divisions.add(SheetViews.division(d)));
        }
        return true;
    }

    private static OverallGoalRequest normalised(OverallGoalRequest goal) {
        return new OverallGoalRequest(goal.goal(), goal.divisions() == null ? List.of() : goal.divisions().stream()
                .map(d -> new OverallGoalRequest.Division(d.division().strip(), d.goal(), d.indicators() == null ? List.of() : d.indicators()))
                .toList());
    }

    private static ProjectSheet build(PerformancePlan plan, ProjectSheetRequest request, List<IndicatorValue> parsed, int position) {
        ProjectSheet sheet = new ProjectSheet();
        sheet.plan = plan;
        sheet.position = position;
        sheet.projectCode = request.projectCode();
        sheet.projectName = request.projectName().strip();
        sheet.budget = request.budget().setScale(2);
        sheet.fiscalFunds = scaled(request.fiscalFunds());
        sheet.otherFunds = scaled(request.otherFunds());
        sheet.fundUse = request.fundUse();
        if (request.spendingPlan() != null) {
            sheet.planMarch = percent(request.spendingPlan().march());
            sheet.planJune = percent(request.spendingPlan().june());
            sheet.planOctober = percent(request.spendingPlan().october());
            sheet.planDecember = percent(request.spendingPlan().december());
        }
        sheet.goals = request.goals() == null ? null : String.join("\n", request.goals());
        sheet.carriedOver = Boolean.TRUE.equals(request.carriedOver());
        sheet.functionalCode = request.functionalCode();
        List<IndicatorRequest> indicators = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRequest indicator = indicators.get(i);
            IndicatorValue value = parsed.get(i);
            SheetIndicator stored = new SheetIndicator();
            stored.level1 = indicator.level1().strip();
            stored.level2 = indicator.level2().strip();
            stored.level3 = indicator.level3().strip();
            stored.description = indicator.description();
            stored.valueText = indicator.value();
            stored.valueOperator = value.operator();
            stored.valueNumber = value.number();
            stored.valueUnit = value.unit();
            stored.qualitative = value.qualitative();
            stored.basis = indicator.basis();
            sheet.indicators.add(stored);
        }
        return sheet;
    }

    private static void copy(ProjectSheet from, ProjectSheet to) {
        to.position = from.position;
        to.projectName = from.projectName;
        to.budget = from.budget;
        to.fiscalFunds = from.fiscalFunds;
        to.otherFunds = from.otherFunds;
        to.fundUse = from.fundUse;
        to.planMarch = from.planMarch;
        to.planJune = from.planJune;
        to.planOctober = from.planOctober;
        to.planDecember = from.planDecember;
        to.goals = from.goals;
        to.carriedOver = from.carriedOver;
        to.functionalCode = from.functionalCode;
        to.indicators.clear();
        to.indicators.addAll(from.indicators);
    }

    /** The same published content: compared through the API's view of both. */
    private static boolean same(ProjectSheet stored, ProjectSheet candidate) {
        ProjectSheetView a = SheetViews.view(stored);
        ProjectSheetView b = SheetViews.view(candidate);
        return a.position() == b.position() && Objects.equals(a.projectName(), b.projectName())
                && a.budget().compareTo(b.budget()) == 0 && Objects.equals(a.fiscalFunds(), b.fiscalFunds())
                && Objects.equals(a.otherFunds(), b.otherFunds()) && Objects.equals(a.fundUse(), b.fundUse())
                && Objects.equals(a.spendingPlan(), b.spendingPlan()) && Objects.equals(a.goals(), b.goals())
                && a.carriedOver() == b.carriedOver() && Objects.equals(a.functionalCode(), b.functionalCode())
                && Objects.equals(a.indicators(), b.indicators());
    }

    private static PerformancePlanView view(PerformancePlan plan, int changedSheets) {
        return new PerformancePlanView(plan.deptCode, plan.fiscalYear, "万元", SheetViews.overallGoal(plan),
                ProjectSheet.liveOf(plan).stream().map(SheetViews::view).toList(), plan.version, plan.updatedAt, changedSheets);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
