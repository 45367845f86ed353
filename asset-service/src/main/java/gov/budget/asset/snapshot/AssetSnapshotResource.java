package gov.budget.asset.snapshot;

import gov.budget.asset.event.AssetEvents;
import gov.budget.asset.holdings.HoldingsTable;
import gov.budget.asset.register.Asset;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.AssetSnapshotPage;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.asset.HoldingsSnapshot;
import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.web.Instants;
import gov.budget.web.snapshot.DigestDepartments;
import gov.budget.web.snapshot.StreamedRows;
import gov.budget.web.snapshot.DigestEndpoint;
import gov.budget.web.snapshot.SnapshotIds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.SERVICE;

/** What the nightly reconciliation reads, shaped like the ledger's snapshot. */
@Path("/snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshot (nightly reconciliation)", description = "What the full reconciliation reads to find drift: digests, then the rows of what differs")
@RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN, SERVICE})
public class AssetSnapshotResource implements DigestEndpoint {

    @GET
    @Path("/assets")
    @Operation(summary = "Page through every register entry of one department, or of all, disposed ones included",
            description = "Stable under concurrent writes: each entry appears once, with the version it had when its page was "
                    + "read; entries created after the first page are left out, as they arrive as events.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor until it is null")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssetSnapshotPage assets(@QueryParam("deptCode") String deptCode, @QueryParam("cursor") String cursor,
                                    @QueryParam("limit") @DefaultValue("1000") int limit) {
        SnapshotIds.Page page = SnapshotIds.read(Asset.getEntityManager(), "Asset", SnapshotIds.Scope.ofDept(deptCode),
                cursor, limit, "entries");
        List<Long> ids = page.ids();
        List<AssetSnapshotPage.Entry> entries = ids.isEmpty() ? List.of()
                : Asset.<Asset>list("id in ?1", ids).stream()
                .sorted(Comparator.comparingLong(a -> a.id))
                .map(a -> new AssetSnapshotPage.Entry(a.deptCode, a.version, a.updatedAt, AssetEvents.payload(a)))
                .toList();
        return new AssetSnapshotPage(entries, page.next());
    }

    @GET
    @Path("/holdings")
    @Operation(summary = "Every published holdings table of a department, or of all, with the fiscal year it is disclosed with and its version")
    public List<HoldingsSnapshot> holdings(@QueryParam("deptCode") String deptCode) {
        List<HoldingsTable> tables = deptCode == null || deptCode.isBlank()
                ? HoldingsTable.<HoldingsTable>list("order by deptCode, asOf")
                : HoldingsTable.<HoldingsTable>list("deptCode = ?1 order by asOf", deptCode);
        return tables.stream()
                .map(t -> new HoldingsSnapshot(t.deptCode, t.fiscalYear(), t.version, t.updatedAt, AssetEvents.holdingsPayload(t)))
                .toList();
    }

    @GET
    @Path("/budgets")
    @Operation(summary = "The department-years whose holdings table changed at or after a time (ISO-8601); all when left out")
    @APIResponse(responseCode = "200", description = "The holdings tables with their versions, oldest change first")
    @APIResponse(responseCode = "400", description = "changedSince is not an ISO-8601 instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ChangedBudget> changedSince(@QueryParam("changedSince") String changedSince) {
        List<HoldingsTable> tables = changedSince == null || changedSince.isBlank()
                ? HoldingsTable.<HoldingsTable>find("order by updatedAt, id").list()
                : HoldingsTable.<HoldingsTable>find("updatedAt >= ?1 order by updatedAt, id", Instants.parseOrNull("changedSince", changedSince)).list();
        return tables.stream().map(t -> new ChangedBudget(t.deptCode, t.fiscalYear(), null, t.version, t.updatedAt)).toList();
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        List<String> departments = DigestDepartments.require(deptCodes);
        BudgetDigest.Builder digests = new BudgetDigest.Builder();
        StreamedRows.of(HoldingsTable.getEntityManager().createQuery("select t.deptCode, t.asOf, t.version from HoldingsTable t where t.deptCode in ?1",
                        Object[].class)
                .setParameter(1, departments))
                .forEach(r -> digests.add((String) r[0], BudgetDigest.WHOLE_DEPARTMENT, HoldingsPayload.AGGREGATE_TYPE,
                        HoldingsPayload.aggregateId((String) r[0], (LocalDate) r[1]), (Long) r[2]));
        StreamedRows.of(Asset.getEntityManager().createQuery("select a.deptCode, a.assetNumber, a.version from Asset a where a.deptCode in ?1",
                        Object[].class)
                .setParameter(1, departments))
                .forEach(r -> digests.add((String) r[0], BudgetDigest.WHOLE_DEPARTMENT, AssetPayload.AGGREGATE_TYPE,
                        AssetPayload.aggregateId((String) r[0], (String) r[1]), (Long) r[2]));
        return digests.build();
    }
}
