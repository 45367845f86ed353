package gov.budget.reconciliation.source.performance;

import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The performance service's snapshot of its project sheets, read by the full run. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "performance")
@Path("/snapshot")
public interface PerformanceSnapshotClient {

    @GET
    @Path("/sheets")
    ProjectSheetSnapshotPage sheets(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                                    @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @POST
    @Path("/digests")
    List<BudgetDigest> digests(List<String> deptCodes);
}
