package gov.budget.reconciliation.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.consumer.ConsumerLag;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.rule.Severity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of each budget, and how far the consumer is behind. */
@Path("/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation")
public class ReconciliationResource {

    @Inject
    ConsumerLag consumerLag;

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
        List<FindingView> findings = Finding.openOfBudget(deptCode, fiscalYear).stream().map(FindingView::of).toList();
        Map<Severity, Long> summary = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            summary.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        ReconciliationView.BudgetStatus status = summary.get(Severity.ERROR) > 0 ? ReconciliationView.BudgetStatus.ERRORS
                : summary.get(Severity.WARNING) > 0 ? ReconciliationView.BudgetStatus.WARNINGS
                : ReconciliationView.BudgetStatus.CONSISTENT;
        List<String> relations = state.relationsChecked == null || state.relationsChecked.isBlank()
                ? List.of() : Arrays.asList(state.relationsChecked.split(","));
        return new ReconciliationView(state.deptCode, state.fiscalYear, status, state.ruleSetId, relations, state.checks,
                state.eventsApplied, state.lastEventAt, state.evaluatedAt, summary, findings);
    }

    @GET
    @Path("/consumer-lag")
    @Operation(summary = "Events on the change topics not yet applied by reconciliation, per partition")
    @APIResponse(responseCode = "503", description = "The broker does not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsumerLag.GroupLag lag() {
        return consumerLag.measure();
    }
}
