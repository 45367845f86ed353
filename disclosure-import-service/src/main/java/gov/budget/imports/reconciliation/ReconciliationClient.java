package gov.budget.imports.reconciliation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reconciliation of a committed budget, read with the caller's own token. */
@RegisterRestClient(configKey = "reconciliation")
@Path("/reconciliations")
public interface ReconciliationClient {

    @GET
    @Path("/{deptCode}/{fiscalYear}")
    Response budget(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                    @PathParam("fiscalYear") int fiscalYear);
}
