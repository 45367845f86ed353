package gov.budget.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The asset service's reads the department page shows, with the signed-in user's token. */
@RegisterRestClient(configKey = "asset")
public interface AssetApi {

    /** A department's holdings tables (国有资产占有使用情况), each as of a date and for the fiscal year that publishes it. */
    @GET
    @Path("/assets/{deptCode}/holdings")
    Response holdings(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode);
}
