package gov.budget.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Reconciliation's reads the pages show, each with the signed-in user's token. */
@RegisterRestClient(configKey = "reconciliation")
@Path("/reconciliations")
public interface ReconciliationApi {

    /** The bureau's view of a year: every department-year with its status and open findings, sorted and paged. */
    @GET
    Response overview(@HeaderParam("Authorization") String authorization, @QueryParam("year") int year, @QueryParam("sort") String sort,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{deptCode}/{fiscalYear}")
    Response budget(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                    @PathParam("fiscalYear") int fiscalYear);
}
