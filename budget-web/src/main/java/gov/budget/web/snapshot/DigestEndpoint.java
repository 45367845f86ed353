package gov.budget.web.snapshot;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.web.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * {@code POST /snapshot/digests}, which every owning service's snapshot resource offers: the HTTP
 * mapping and its documentation, declared once here and inherited by each implementation.
 */
public interface DigestEndpoint {

    @POST
    @Path("/digests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The digests of the named departments' budgets, part by part: for each, a count and a checksum of its "
            + "live records' ids and versions",
            description = "A read, sent as POST because a few hundred codes do not fit in a URL. "
                    + "The full reconciliation compares them with its projections and reads a snapshot only where they differ.")
    // the resources' class-level @RolesAllowed guards the call; the document learns it here
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.FINANCE_VIEWER, Roles.FINANCE_ADMIN, Roles.SERVICE})
    @APIResponse(responseCode = "200", description = "One digest per part that holds anything")
    @APIResponse(responseCode = "400", description = "No department, more than 200, or a malformed code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    List<BudgetDigest> digests(@RequestBody(description = "The departments' codes, 1 to 200") List<String> deptCodes);
}
