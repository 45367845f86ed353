package gov.budget.console.page;

import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 总览: one row per department-year of a year, paged and sorted by reconciliation. A department
 * editor, who may not see the bureau's view, sees the department-years of its own departments.
 */
@Path("/")
public class OverviewPage {

    static final int PAGE_SIZE = 50;
    private static final Set<String> SORTS = Set.of("dept", "status", "errors", "warnings", "lastEvent");

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    /** What the overview shows: the rows, where in the pages they are, and a refusal to explain, if any. */
    public record Overview(int year, List<Integer> years, String sort, List<OverviewRow> rows, int page, int pages, long total,
                           String error) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Session session, Overview overview);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@CookieParam(Session.COOKIE) String token, @QueryParam("year") Integer year,
                                     @QueryParam("sort") String sort, @QueryParam("page") Integer page) {
        Session session = Session.of(token);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        int fiscalYear = year == null ? thisYear : year;
        String order = sort != null && SORTS.contains(sort) ? sort : "status";
        int pageNo = page == null || page < 0 ? 0 : page;
        List<Integer> years = List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        if (!session.bureauWide()) {
            return Templates.overview(session, ownDepartments(session, fiscalYear, years, order));
        }
        ApiAnswer answer = ApiAnswer.of(reconciliation.overview(session.authorization(), fiscalYear, order, pageNo, PAGE_SIZE));
        if (!answer.ok()) {
            return Templates.overview(session, new Overview(fiscalYear, years, order, List.of(), 0, 0, 0, answer.refusal()));
        }
        List<OverviewRow> rows = new ArrayList<>();
        answer.body().path("items").forEach(item -> rows.add(OverviewRow.of(item)));
        long total = answer.body().path("total").asLong();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Templates.overview(session, new Overview(fiscalYear, years, order, rows, pageNo, pages, total, null));
    }

    private Overview ownDepartments(Session session, int fiscalYear, List<Integer> years, String order) {
        List<OverviewRow> rows = new ArrayList<>();
        for (String dept : session.departments()) {
            ApiAnswer answer = ApiAnswer.of(reconciliation.budget(session.authorization(), dept, fiscalYear));
            if (answer.ok()) {
                rows.add(OverviewRow.of(answer.body()));
            }
        }
        return new Overview(fiscalYear, years, order, rows, 0, 1, rows.size(), null);
    }
}
