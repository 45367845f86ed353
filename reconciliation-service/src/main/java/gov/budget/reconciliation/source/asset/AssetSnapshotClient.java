package gov.budget.reconciliation.source.asset;

import gov.budget.contracts.asset.AssetSnapshotPage;
import gov.budget.contracts.asset.HoldingsSnapshot;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The asset service's snapshot of its register and holdings tables, read by the full run. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "asset")
@Path("/snapshot")
public interface AssetSnapshotClient {

    @GET
    @Path("/assets")
    AssetSnapshotPage assets(@QueryParam("deptCode") String deptCode, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") int limit);

    @GET
    @Path("/holdings")
    List<HoldingsSnapshot> holdings(@QueryParam("deptCode") String deptCode);

    @POST
    @Path("/digests")
    List<BudgetDigest> digests(List<String> deptCodes);
}
