package gov.budget.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The performance service's reads the department page shows, with the signed-in user's token. */
@RegisterRestClient(configKey = "performance")
public interface PerformanceApi {

    /** A department-year's overall goal and project sheets (项目绩效目标表), in published order. */
    @GET
    @Path("/performance/{deptCode}/{fiscalYear}")
    Response plan(@HeaderParam("Authorization") String authorization, @PathParam("deptCode") String deptCode,
                  @PathParam("fiscalYear") int fiscalYear);
}
