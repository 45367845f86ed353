package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.BudgetSnapshot;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.web.security.ServiceTokenFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The ledger's snapshot endpoints, which the nightly run compares the projections with. */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "ledger")
@Path("/snapshot")
public interface LedgerSnapshotClient {

    @GET
    @Path("/budgets")
    List<ChangedBudget> budgets(@QueryParam("changedSince") String changedSince);

    @GET
    @Path("/budgets/{deptCode}/{fiscalYear}")
    BudgetSnapshot budget(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear);

    @GET
    @Path("/lines")
    SnapshotPage lines(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                       @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @POST
    @Path("/digests")
    List<BudgetDigest> digests(List<String> deptCodes);
}
