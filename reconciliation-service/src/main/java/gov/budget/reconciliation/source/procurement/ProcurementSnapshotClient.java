package gov.budget.reconciliation.source.procurement;

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

/** The procurement service's snapshot of its lines and printed totals, read by the full run. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "procurement")
@Path("/snapshot")
public interface ProcurementSnapshotClient {

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
