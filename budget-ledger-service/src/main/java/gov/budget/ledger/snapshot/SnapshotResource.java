package gov.budget.ledger.snapshot;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.BudgetSnapshot;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.web.Instants;
import gov.budget.web.snapshot.DigestDepartments;
import gov.budget.web.snapshot.DigestEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.SERVICE;

/** What the nightly reconciliation reads to find and repair drift in its projections. */
@Path("/snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshot (nightly reconciliation)", description = "What the full reconciliation reads to find drift: digests, then the rows of what differs")
@RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
public class SnapshotResource implements DigestEndpoint {

    @Inject
    SnapshotService service;

    @Inject
    LedgerDigests digests;

    @GET
    @Path("/lines")
    @Operation(summary = "Page through every ledger line of one budget, or of all budgets, removed lines included",
            description = "Stable under concurrent writes: each line appears once, with the version it had when its page "
                    + "was read; lines created after the first page are left out, as they arrive as events.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor until it is null")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SnapshotPage lines(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("1000") int limit) {
        return service.lines(deptCode, fiscalYear, cursor, limit);
    }

    @GET
    @Path("/budgets")
    @Operation(summary = "The budgets changed at or after a time (ISO-8601, for example 2024-01-31T18:00:00Z); all when left out")
    @APIResponse(responseCode = "200", description = "The budgets with their current versions, oldest change first")
    @APIResponse(responseCode = "400", description = "changedSince is not an ISO-8601 instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ChangedBudget> changedSince(@QueryParam("changedSince") String changedSince) {
        return service.changedSince(Instants.parseOrNull("changedSince", changedSince));
    }

    @GET
    @Path("/budgets/{deptCode}/{fiscalYear}")
    @Operation(summary = "One budget's header: template, department name, every written table with its note, row count and version, and the narrative")
    @APIResponse(responseCode = "200", description = "The budget's header")
    @APIResponse(responseCode = "404", description = "No such budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgetSnapshot budget(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return service.budget(deptCode, fiscalYear);
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        return digests.of(DigestDepartments.require(deptCodes));
    }
}
