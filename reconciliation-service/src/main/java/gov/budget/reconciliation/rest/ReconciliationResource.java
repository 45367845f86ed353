package gov.budget.reconciliation.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.consumer.ConsumerLag;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.ExplanationService;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.finding.FindingChange;
import gov.budget.reconciliation.finding.FindingExplanation;
import gov.budget.reconciliation.finding.FindingQuery;
import gov.budget.reconciliation.finding.FindingStatus;
import gov.budget.reconciliation.rule.Severity;
import gov.budget.reconciliation.source.ledger.BudgetProjection;
import gov.budget.web.paging.Page;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.QueryNumberConverters;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** The findings of each budget, and how far the consumer is behind. */
@Path("/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "The cross-table relations of each budget: status, findings, their history and explanations")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class ReconciliationResource {

    @Inject
    ConsumerLag consumerLag;

    @Inject
    ExplanationService explanations;

    @Inject
    Caller caller;

    @Inject
    BureauOverview bureauOverview;

    @Inject
    BureauSummary bureauSummary;

    @GET
    @Path("/{deptCode}/{fiscalYear}")
    @Operation(summary = "The current findings of one budget: rule, severity, table, row, column, expected, actual, difference")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "No event of this budget has been seen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReconciliationView budget(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        BudgetReconciliation state = BudgetReconciliation.of(deptCode, fiscalYear)
                .orElseThrow(() -> new BudgetNotFoundException(deptCode, fiscalYear));
        List<FindingView> findings = views(Finding.openOfBudget(deptCode, fiscalYear));
        Map<Severity, Long> summary = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            summary.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        ReconciliationView.BudgetStatus status = statusOf(state, summary);
        List<String> relations = state.relationsChecked == null || state.relationsChecked.isBlank()
                ? List.of() : Arrays.asList(state.relationsChecked.split(","));
        String deptName = BudgetProjection.of(deptCode, fiscalYear).map(header -> header.deptName).orElse(null);
        return new ReconciliationView(state.deptCode, deptName, state.fiscalYear, status, state.ruleSetId, relations, state.checks,
                state.eventsApplied, state.lastEventAt, state.evaluatedAt, summary, findings, state.evaluationError, state.retryAt);
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}/findings")
    @Operation(summary = "One budget's findings, filtered by severity, rule, status (OPEN by default; ALL for every one) and table; paged")
    @APIResponse(responseCode = "200", description = "One page of findings")
    @APIResponse(responseCode = "400", description = "A filter of the wrong shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event of this budget has been seen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FindingView> findings(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                      @QueryParam("severity") String severity, @QueryParam("rule") String rule,
                                      @QueryParam("status") String status, @QueryParam("table") String table,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        // the request's own shape first: a bad page is 400 whether or not the budget exists
        int pageNo = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        FindingQuery query = query(deptCode, fiscalYear, severity, rule, status, table);
        var found = query.query().page(pageNo, pageSize);
        return new Page<>(views(found.list()), pageNo, pageSize, found.count());
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}/findings/{id:\\d+}")
    @Operation(summary = "One finding, open or resolved, with its history: opened, changed, resolved, reopened (each with its numbers "
            + "then), explained and lapsed (each with its author and reason), oldest first")
    @APIResponse(responseCode = "200", description = "The finding and its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingHistoryView.class)))
    @APIResponse(responseCode = "404", description = "No such finding in this budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FindingHistoryView finding(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                      @PathParam("id") long id) {
        Finding finding = Finding.ofBudget(deptCode, fiscalYear, id);
        return FindingHistoryView.of(FindingView.of(finding, FindingExplanation.current(finding).orElse(null)),
                FindingChange.of(finding), FindingExplanation.allOf(finding));
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}/findings/export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "A budget's findings as CSV, every one matching the filters, with the same columns as the API")
    public Response exportCsv(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                              @QueryParam("severity") String severity, @QueryParam("rule") String rule,
                              @QueryParam("status") String status, @QueryParam("table") String table) {
        List<FindingView> findings = views(query(deptCode, fiscalYear, severity, rule, status, table).query().list());
        return download(FindingSheet.csv(findings), deptCode + "-" + fiscalYear + "-findings.csv");
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}/findings/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A budget's findings as an XLSX workbook, with the same columns as the API")
    public Response exportXlsx(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                               @QueryParam("severity") String severity, @QueryParam("rule") String rule,
                               @QueryParam("status") String status, @QueryParam("table") String table) {
        List<FindingView> findings = views(query(deptCode, fiscalYear, severity, rule, status, table).query().list());
        return download(FindingSheet.xlsx(findings), deptCode + "-" + fiscalYear + "-findings.xlsx");
    }

    private static Response download(Object body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The filter of a budget's findings, or 404 for a budget never seen and 400 for a filter of the wrong shape. */
    private static FindingQuery query(String deptCode, int fiscalYear, String severity, String rule, String status, String table) {
        BudgetReconciliation.of(deptCode, fiscalYear).orElseThrow(() -> new BudgetNotFoundException(deptCode, fiscalYear));
        return new FindingQuery(deptCode, fiscalYear, QueryParams.enumValue("severity", severity, Severity.class),
                rule == null || rule.isBlank() ? null : rule.strip(), findingStatus(status), QueryNumberConverters.wholeNumber("table", table));
    }

    @POST
    @Path("/{deptCode}/{fiscalYear}/findings/{id}/explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Explain a WARNING finding (出错说明); the signed-in caller is its author, and it is audited. "
            + "It lapses when the numbers behind the finding change")
    @APIResponse(responseCode = "200", description = "The finding with its explanation")
    @APIResponse(responseCode = "400", description = "No reason, or an author other than the signed-in caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such finding in this budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An ERROR or INFO finding, or a resolved one: it takes no explanation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(FINANCE_ADMIN)
    public FindingView explain(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                               @PathParam("id") long id, ExplanationRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", null, "an explanation is required: {\"reason\": …}");
        }
        String author = caller.actor();
        if (request.author() != null && !request.author().strip().equals(author)) {
            throw InvalidInputException.of("author", request.author(), "the author is the signed-in caller (" + author + "); leave it out");
        }
        FindingExplanation explanation = explanations.explain(deptCode, fiscalYear, id, author, request.reason());
        return FindingView.of(Finding.findById(id), explanation);
    }

    /** The findings with their standing explanations, read in one query. */
    private static List<FindingView> views(List<Finding> findings) {
        Map<Long, FindingExplanation> explained = FindingExplanation.currentOf(findings.stream().map(f -> f.id).toList());
        return findings.stream().map(f -> FindingView.of(f, explained.get(f.id))).toList();
    }

    @GET
    @Operation(summary = "The bureau's view: every department-year of a year with its status and open findings; filtered, sorted and paged",
            description = "A dept-editor sees its own departments only. sort: dept (default), status (EVALUATION_FAILED, ERRORS, WARNINGS, NO_RULES, CONSISTENT), errors or warnings "
                    + "(most first), lastEvent (latest first). Filters, each optional: status; severity (budgets with an open finding of "
                    + "it); rule (budgets with an open finding of it); template; q, a part of the department's name or the start of its code")
    @APIResponse(responseCode = "200", description = "One page of budgets")
    @APIResponse(responseCode = "400", description = "A missing year, or a bad sort, filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BudgetStatusView> overview(@QueryParam("year") String year, @QueryParam("sort") String sort,
                                           @QueryParam("status") String status, @QueryParam("severity") String severity,
                                           @QueryParam("rule") String rule, @QueryParam("template") String template,
                                           @QueryParam("q") String text,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        int fiscalYear = requiredYear(year);
        BureauOverview.Sort order = QueryParams.enumValue("sort", sort == null ? null : sort.replaceAll("([a-z])([A-Z])", "$1_$2"),
                BureauOverview.Sort.class);
        var filter = new BureauOverview.Filter(fiscalYear, QueryParams.enumValue("status", status, ReconciliationView.BudgetStatus.class),
                QueryParams.enumValue("severity", severity, Severity.class), QueryParams.text("rule", rule, 16),
                QueryParams.text("template", template, 64), QueryParams.text("q", text, 100),
                caller.limitedToOwnDepartments() ? caller.departments() : null);
        return bureauOverview.page(filter, order == null ? BureauOverview.Sort.DEPT : order, QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "The bureau's year at a glance: department-years by status, open findings by rule, and open findings at the end "
            + "of each of the last 30 days, from the findings' history")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BureauSummaryView.class)))
    @APIResponse(responseCode = "400", description = "A missing year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN})
    public BureauSummaryView summary(@QueryParam("year") String year) {
        return bureauSummary.of(requiredYear(year));
    }

    private static int requiredYear(String year) {
        Integer fiscalYear = QueryNumberConverters.wholeNumber("year", year);
        if (fiscalYear == null) {
            throw InvalidInputException.of("year", year, "the fiscal year is required, for example ?year=2024");
        }
        return fiscalYear;
    }

    static ReconciliationView.BudgetStatus statusOf(BudgetReconciliation state, Map<Severity, Long> open) {
        return state.evaluationError != null ? ReconciliationView.BudgetStatus.EVALUATION_FAILED
                // evaluated, and no rule set covers its template and year: nothing was checked, so it is not CONSISTENT
                : state.evaluatedAt != null && state.ruleSetId == null ? ReconciliationView.BudgetStatus.NO_RULES
                : open.getOrDefault(Severity.ERROR, 0L) > 0 ? ReconciliationView.BudgetStatus.ERRORS
                : open.getOrDefault(Severity.WARNING, 0L) > 0 ? ReconciliationView.BudgetStatus.WARNINGS
                : ReconciliationView.BudgetStatus.CONSISTENT;
    }

    /** OPEN unless asked otherwise; ALL for both. */
    private static FindingStatus findingStatus(String status) {
        if (status != null && status.strip().equalsIgnoreCase("ALL")) {
            return null;
        }
        FindingStatus parsed = QueryParams.enumValue("status", status, FindingStatus.class);
        return parsed == null ? FindingStatus.OPEN : parsed;
    }

    @GET
    @Path("/consumer-lag")
    @Operation(summary = "Events on the change topics not yet applied by reconciliation, per partition, and budgets whose evaluation waits",
            description = "The findings are current when totalLag and pendingEvaluations are both 0. While the consumer catches up on a "
                    + "backlog it applies events at once and evaluates each changed budget once within the catch-up delay.")
    @APIResponse(responseCode = "200", description = "The lag of every partition, their total, and the budgets waiting for evaluation")
    @APIResponse(responseCode = "503", description = "The broker does not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN})
    public ConsumerLag.GroupLag lag() {
        return consumerLag.measure();
    }
}
