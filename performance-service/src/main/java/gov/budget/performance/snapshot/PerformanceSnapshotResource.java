package gov.budget.performance.snapshot;

import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.service.SheetViews;
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
public class PerformanceSnapshotResource implements DigestEndpoint {

    @GET
    @Path("/sheets")
    @Operation(summary = "Page through every project sheet of one budget, or of all, removed ones included; stable under concurrent writes")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor until it is null")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectSheetSnapshotPage sheets(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("500") int limit) {
        SnapshotIds.Page page = SnapshotIds.read(ProjectSheet.getEntityManager(), "ProjectSheet",
                SnapshotIds.Scope.ofBudget("plan", deptCode, fiscalYear), cursor, limit, "sheets");
        List<Long> ids = page.ids();
        List<ProjectSheetSnapshotPage.Sheet> sheets = ids.isEmpty() ? List.of()
                : ProjectSheet.<ProjectSheet>list("select s from ProjectSheet s join fetch s.plan where s.id in ?1", ids).stream()
                .sorted(Comparator.comparingLong(s -> s.id))
                .map(s -> new ProjectSheetSnapshotPage.Sheet(s.plan.deptCode, s.plan.fiscalYear, s.version, s.updatedAt, SheetViews.payload(s)))
                .toList();
        return new ProjectSheetSnapshotPage(sheets, page.next());
    }

    @GET
    @Path("/budgets")
    @Operation(summary = "The department-years whose goals or sheets changed at or after a time (ISO-8601); all when left out")
    public List<ChangedBudget> changedSince(@QueryParam("changedSince") String changedSince) {
        List<PerformancePlan> plans = changedSince == null || changedSince.isBlank()
                ? PerformancePlan.<PerformancePlan>find("order by updatedAt, id").list()
                : PerformancePlan.<PerformancePlan>find("updatedAt >= ?1 order by updatedAt, id", Instants.parseOrNull("changedSince", changedSince)).list();
        return plans.stream().map(p -> new ChangedBudget(p.deptCode, p.fiscalYear, null, p.version, p.updatedAt)).toList();
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        List<String> departments = DigestDepartments.require(deptCodes);
        BudgetDigest.Builder digests = new BudgetDigest.Builder();
        StreamedRows.of(ProjectSheet.getEntityManager().createQuery("select p.deptCode, p.fiscalYear, s.projectCode, s.version from ProjectSheet s "
                        + "join s.plan p where p.deptCode in ?1 and s.deleted = false", Object[].class)
                .setParameter(1, departments))
                .forEach(r -> digests.add((String) r[0], (Integer) r[1], ProjectSheetPayload.AGGREGATE_TYPE,
                        ProjectSheetPayload.aggregateId((String) r[0], (Integer) r[1], (String) r[2]), (Long) r[3]));
        return digests.build();
    }
}
