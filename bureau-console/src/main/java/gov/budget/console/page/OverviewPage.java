package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 总览: one row per department-year of a year, filtered, paged and sorted by reconciliation, under
 * the bureau's charts. Reconciliation shows a department editor its own departments only.
 */
@Path("/")
public class OverviewPage {

    @Inject
    CurrentSession sessions;

    static final int PAGE_SIZE = 50;
    private static final Set<String> SORTS = Set.of("dept", "status", "errors", "warnings", "lastEvent");
    private static final List<String> STATUSES = List.of("ERRORS", "WARNINGS", "CONSISTENT", "NO_RULES", "EVALUATION_FAILED");

    /** One option of a filter: what is sent, and what the officer reads. */
    public record Choice(String value, String label) {
    }

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    /**
     * What the overview shows: the rows, where in the pages they are, the choices of its filters, the
     * charts' counts as JSON (bureau-wide users only) and a refusal to explain, if any.
     */
    public record Overview(int year, List<Integer> years, String sort, OverviewFilter filter, List<OverviewRow> rows, int page,
                           int pages, long total, Map<String, String> rules, Set<String> templates, String chartJson, String error) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }

        public List<Choice> statusChoices() {
            return STATUSES.stream().map(status -> new Choice(status, OverviewRow.statusText(status))).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Session session, Overview overview);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("year") Integer year,
                                     @QueryParam("sort") String sort, @QueryParam("page") Integer page,
                                     @QueryParam("status") String status, @QueryParam("severity") String severity,
                                     @QueryParam("rule") String rule, @QueryParam("template") String template,
                                     @QueryParam("q") String text) {
        Session session = sessions.current();
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        int fiscalYear = year == null ? thisYear : year;
        String order = sort != null && SORTS.contains(sort) ? sort : "status";
        int pageNo = page == null || page < 0 ? 0 : page;
        OverviewFilter filter = OverviewFilter.of(status, severity, rule, template, text);
        List<Integer> years = List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        Map<String, String> rules = new TreeMap<>();
        Set<String> templates = new TreeSet<>();
        ruleChoices(session, fiscalYear, rules, templates);
        ApiAnswer answer = ApiAnswer.of(reconciliation.overview(session.authorization(), fiscalYear, order, filter.status(),
                filter.severity(), filter.rule(), filter.template(), filter.text(), pageNo, PAGE_SIZE));
        if (!answer.ok()) {
            return Templates.overview(session, new Overview(fiscalYear, years, order, filter, List.of(), 0, 0, 0, rules, templates, null,
                    answer.refusal()));
        }
        List<OverviewRow> rows = new ArrayList<>();
        answer.body().path("items").forEach(item -> rows.add(OverviewRow.of(item)));
        long total = answer.body().path("total").asLong();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        // the charts are the bureau's: a department editor, who may not read the bureau's summary, has none
        String chartJson = null;
        if (session.bureauWide()) {
            ApiAnswer summary = ApiAnswer.of(reconciliation.summary(session.authorization(), fiscalYear));
            chartJson = summary.ok() ? ChartData.of(summary.body(), rules) : null;
        }
        return Templates.overview(session, new Overview(fiscalYear, years, order, filter, rows, pageNo, pages, total, rules, templates,
                chartJson, null));
    }

    /** The rules (id to title) and templates of the rule sets that check the year, for the filters' choices. */
    private void ruleChoices(Session session, int fiscalYear, Map<String, String> rules, Set<String> templates) {
        ApiAnswer answer = ApiAnswer.of(reconciliation.rules(session.authorization(), fiscalYear));
        for (JsonNode set : answer.ok() ? answer.body() : List.<JsonNode>of()) {
            set.path("templates").forEach(t -> templates.add(t.asText()));
            set.path("rules").forEach(r -> rules.putIfAbsent(r.path("id").asText(), r.path("title").asText()));
        }
    }
}
