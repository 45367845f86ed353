package gov.budget.procurement.snapshot;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementSnapshotPage;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.ProcurementTableSnapshot;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.procurement.line.ProcurementBudget;
import gov.budget.procurement.line.ProcurementLine;
import gov.budget.procurement.line.event.ProcurementEvents;
import gov.budget.procurement.line.service.ProcurementService;
import gov.budget.web.BudgetKeys;
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
public class ProcurementSnapshotResource implements DigestEndpoint {

    @GET
    @Path("/lines")
    @Operation(summary = "Page through every procurement line of one budget, or of all, removed lines included",
            description = "Stable under concurrent writes: each line appears once, with the version it had when its page was "
                    + "read; lines created after the first page are left out, as they arrive as events.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor until it is null")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcurementSnapshotPage lines(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                                         @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("1000") int limit) {
        SnapshotIds.Page page = SnapshotIds.read(ProcurementLine.getEntityManager(), "ProcurementLine",
                SnapshotIds.Scope.ofBudget("budget", deptCode, fiscalYear), cursor, limit, "lines");
        List<Long> ids = page.ids();
        List<ProcurementSnapshotPage.Line> lines = ids.isEmpty() ? List.of()
                : ProcurementLine.<ProcurementLine>list("select l from ProcurementLine l join fetch l.budget where l.id in ?1", ids)
                .stream()
                .sorted(Comparator.comparingLong(l -> l.id))
                .map(l -> new ProcurementSnapshotPage.Line(l.budget.deptCode, l.budget.fiscalYear, l.version, l.updatedAt,
                        ProcurementEvents.payload(l)))
                .toList();
        return new ProcurementSnapshotPage(lines, page.next());
    }

    @GET
    @Path("/tables")
    @Operation(summary = "The printed totals and note of one procurement table, or of all, with their versions")
    public List<ProcurementTableSnapshot> tables(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear) {
        List<ProcurementBudget> budgets = !BudgetKeys.oneBudget(deptCode, fiscalYear)
                ? ProcurementBudget.<ProcurementBudget>listAll()
                : ProcurementBudget.<ProcurementBudget>list("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear);
        return budgets.stream()
                .map(b -> new ProcurementTableSnapshot(b.deptCode, b.fiscalYear, b.version, b.updatedAt, new ProcurementTablePayload(
                        b.note, ProcurementService.publishedOf(b), ProcurementLine.liveOf(b).size())))
                .toList();
    }

    @GET
    @Path("/budgets")
    @Operation(summary = "The procurement tables changed at or after a time (ISO-8601); all when left out")
    @APIResponse(responseCode = "200", description = "The procurement tables with their versions, oldest change first")
    @APIResponse(responseCode = "400", description = "changedSince is not an ISO-8601 instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ChangedBudget> changedSince(@QueryParam("changedSince") String changedSince) {
        List<ProcurementBudget> budgets = changedSince == null || changedSince.isBlank()
                ? ProcurementBudget.<ProcurementBudget>find("order by updatedAt, id").list()
                : ProcurementBudget.<ProcurementBudget>find("updatedAt >= ?1 order by updatedAt, id", Instants.parseOrNull("changedSince", changedSince)).list();
        return budgets.stream().map(b -> new ChangedBudget(b.deptCode, b.fiscalYear, null, b.version, b.updatedAt)).toList();
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        List<String> departments = DigestDepartments.require(deptCodes);
        BudgetDigest.Builder digests = new BudgetDigest.Builder();
        StreamedRows.of(ProcurementLine.getEntityManager().createQuery("select b.deptCode, b.fiscalYear, l.id, l.version from ProcurementLine l "
                        + "join l.budget b where b.deptCode in ?1 and l.deleted = false", Object[].class)
                .setParameter(1, departments))
                .forEach(r -> digests.add((String) r[0], (Integer) r[1], ProcurementLinePayload.AGGREGATE_TYPE,
                        ProcurementLinePayload.aggregateId((String) r[0], (Integer) r[1], (Long) r[2]), (Long) r[3]));
        StreamedRows.of(ProcurementBudget.getEntityManager().createQuery("select b.deptCode, b.fiscalYear, b.version from ProcurementBudget b "
                        + "where b.deptCode in ?1", Object[].class)
                .setParameter(1, departments))
                .forEach(r -> digests.add((String) r[0], (Integer) r[1], ProcurementTablePayload.AGGREGATE_TYPE,
                        ProcurementTablePayload.aggregateId((String) r[0], (Integer) r[1]), (Long) r[2]));
        return digests.build();
    }
}
