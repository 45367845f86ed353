package gov.budget.ledger.line.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.ledger.line.service.LedgerTableService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rows of one disclosure table of a department-year budget. */
@Path("/budgets/{deptCode}/{fiscalYear}/tables/{tableNo}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger tables")
public class LedgerTableResource {

    /** Who made a change, until tokens carry it. */
    static final String ACTOR_HEADER = "X-Actor";

    @Inject
    LedgerTableService service;

    @GET
    @Operation(summary = "Read one table of a budget, rows in published order")
    @APIResponse(responseCode = "200", description = "The table")
    @APIResponse(responseCode = "404", description = "No such budget or table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerTableView read(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                @PathParam("tableNo") int tableNo) {
        return service.readTable(deptCode, fiscalYear, tableNo);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace every row of one table, atomically; one change event per added, changed or removed row")
    @APIResponse(responseCode = "200", description = "The table as stored, with the number of changed rows")
    @APIResponse(responseCode = "400", description = "Invalid rows; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerTableView replace(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                   @PathParam("tableNo") int tableNo, @HeaderParam(ACTOR_HEADER) String actor,
                                   LedgerTableRequest request) {
        return service.replaceTable(deptCode, fiscalYear, tableNo, request, actor == null || actor.isBlank() ? "api" : actor);
    }
}
