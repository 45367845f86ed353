package gov.budget.imports.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The ledger's whole-budget import, which a committed draft goes through like any other import: the
 * same validation, events and audit. The caller's own token is passed on, so that the ledger checks
 * its rights and records it as the author.
 */
@RegisterRestClient(configKey = "ledger")
@Path("/budgets")
public interface LedgerClient {

    @GET
    @Path("/{deptCode}/{fiscalYear}")
    Response read(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                  @PathParam("fiscalYear") int fiscalYear);

    @PUT
    @Path("/{deptCode}/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response importBudget(@HeaderParam("Authorization") String authorization, @HeaderParam("If-Match") String ifMatch,
                          @PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear, JsonNode budget);
}
