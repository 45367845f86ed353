package gov.budget.performance.snapshot;

import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.service.SheetViews;
import gov.budget.web.Instants;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.snapshot.SnapshotCursor;
import jakarta.persistence.TypedQuery;
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

/** What the nightly reconciliation reads, shaped like the ledger's snapshot. */
@Path("/snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshot (nightly reconciliation)")
public class PerformanceSnapshotResource {

    static final int MAX_PAGE = 5000;

    @GET
    @Path("/sheets")
    @Operation(summary = "Page through every project sheet of one budget, or of all, removed ones included; stable under concurrent writes")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectSheetSnapshotPage sheets(@QueryParam("deptCode") String deptCode, @QueryParam("fiscalYear") Integer fiscalYear,
                            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", limit, "a page holds 1 to " + MAX_PAGE + " sheets");
        }
        if ((deptCode == null) != (fiscalYear == null)) {
            throw InvalidInputException.of(deptCode == null ? "deptCode" : "fiscalYear", null,
                    "give both deptCode and fiscalYear for one budget, or neither for all budgets");
        }
        SnapshotCursor at = cursor == null || cursor.isBlank() ? new SnapshotCursor(maxId(), 0) : SnapshotCursor.parse(cursor);
        TypedQuery<Long> query = ProjectSheet.getEntityManager()
                .createQuery("select s.id from ProjectSheet s where s.id > :after and s.id <= :upTo"
                        + (deptCode == null ? "" : " and s.plan.deptCode = :dept and s.plan.fiscalYear = :year") + " order by s.id", Long.class)
                .setParameter("after", at.afterId())
                .setParameter("upTo", at.upToId())
                .setMaxResults(limit);
        if (deptCode != null) {
            query.setParameter("dept", deptCode).setParameter("year", fiscalYear);
        }
        List<Long> ids = query.getResultList();
        List<ProjectSheetSnapshotPage.Sheet> sheets = ids.isEmpty() ? List.of()
                : ProjectSheet.<ProjectSheet>list("select s from ProjectSheet s join fetch s.plan where s.id in ?1", ids).stream()
                .sorted(Comparator.comparingLong(s -> s.id))
                .map(s -> new ProjectSheetSnapshotPage.Sheet(s.plan.deptCode, s.plan.fiscalYear, s.version, s.updatedAt, SheetViews.payload(s)))
                .toList();
        String next = ids.size() < limit ? null : new SnapshotCursor(at.upToId(), ids.get(ids.size() - 1)).encode();
        return new ProjectSheetSnapshotPage(sheets, next);
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

    private static long maxId() {
        Long max = ProjectSheet.getEntityManager().createQuery("select max(s.id) from ProjectSheet s", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
