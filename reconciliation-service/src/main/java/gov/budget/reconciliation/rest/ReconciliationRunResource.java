package gov.budget.reconciliation.rest;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.nightly.NightlyReconciliation;
import gov.budget.reconciliation.nightly.ReconciliationRun;
import gov.budget.web.BudgetKeys;
import gov.budget.web.paging.Page;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** The full reconciliation runs: start one, and read their records. */
@Path("/reconciliation-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Full reconciliation runs", description = "The nightly full reconciliation: start a run, follow it, read the drift it repaired")
@RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN})
public class ReconciliationRunResource {

    @Inject
    NightlyReconciliation nightly;

    @POST
    @Operation(summary = "Start a full run now: repair drift against the services' snapshots, then re-evaluate every rule of every budget",
            description = "deptPrefix limits the run to the departments whose code starts with it, e.g. one bureau's units")
    @APIResponse(responseCode = "202", description = "Started; follow Location to see it finish",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "A run is in progress here or on another replica",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(FINANCE_ADMIN)
    @APIResponse(responseCode = "400", description = "deptPrefix is not 1 to 32 digits or capital letters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@QueryParam("deptPrefix") String deptPrefix, @Context UriInfo uri) {
        if (deptPrefix != null) {
            List<FieldViolation> violations = new ArrayList<>();
            BudgetKeys.checkDeptCode("deptPrefix", deptPrefix, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
        ReconciliationRun run = nightly.start(ReconciliationRun.Trigger.MANUAL, deptPrefix);
        return Response.accepted(RunView.of(run)).location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id)).build()).build();
    }

    @GET
    @Operation(summary = "The runs, latest first: start, end, budgets checked, findings opened and resolved, drift per service")
    public Page<RunView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNo = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        var runs = ReconciliationRun.<ReconciliationRun>findAll(Sort.descending("id")).page(pageNo, pageSize);
        return new Page<>(runs.list().stream().map(RunView::of).toList(), pageNo, pageSize, runs.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One run")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunView read(@PathParam("id") long id) {
        ReconciliationRun run = ReconciliationRun.findById(id);
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        return RunView.of(run);
    }
}
