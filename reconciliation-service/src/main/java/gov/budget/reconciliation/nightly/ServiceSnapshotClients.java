package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetSnapshotPage;
import gov.budget.contracts.asset.HoldingsSnapshot;
import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
import gov.budget.contracts.procurement.ProcurementSnapshotPage;
import gov.budget.contracts.procurement.ProcurementTableSnapshot;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The snapshot endpoints of the performance, procurement and asset services, read by the full run. */
public final class ServiceSnapshotClients {

    private ServiceSnapshotClients() {
    }

    /** The performance service's project sheets. */
    @RegisterProvider(ServiceTokenFilter.class)
    @RegisterRestClient(configKey = "performance")
    @Path("/snapshot")
    public interface Performance {
        @GET
        @Path("/sheets")
        ProjectSheetSnapshotPage sheets(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                                        @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

        @POST
        @Path("/digests")
        List<BudgetDigest> digests(List<String> deptCodes);
    }

    /** The procurement service's lines and printed totals. */
    @RegisterProvider(ServiceTokenFilter.class)
    @RegisterRestClient(configKey = "procurement")
    @Path("/snapshot")
    public interface Procurement {
        @GET
        @Path("/lines")
        ProcurementSnapshotPage lines(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                                      @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

        @GET
        @Path("/tables")
        List<ProcurementTableSnapshot> tables(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear);

        @POST
        @Path("/digests")
        List<BudgetDigest> digests(List<String> deptCodes);
    }

    /** The asset service's register and holdings tables. */
    @RegisterProvider(ServiceTokenFilter.class)
    @RegisterRestClient(configKey = "asset")
    @Path("/snapshot")
    public interface Asset {
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
}
