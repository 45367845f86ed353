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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 规则: the rule catalog of a year, one rule set (its templates) after another, each rule with its
 * open findings across the bureau and a link to the department-years that have them.
 */
@Path("/rules")
public class RulesPage {

    @Inject
    CurrentSession sessions;

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    /** One rule set as the page lists it. */
    public record RuleSet(String id, String version, List<String> templates, String years, List<Rule> rules) {
    }

    /** One rule with its open findings; the counts are the bureau's, so a department editor sees none. */
    public record Rule(String id, String title, String severity, String message, long openFindings) {

        public String severityClass() {
            return "severity-" + severity.toLowerCase();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(Session session, int year, List<Integer> years, List<RuleSet> ruleSets, boolean counted,
                                             String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("year") Integer year) {
        Session session = sessions.current();
        int fiscalYear = year == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : year;
        List<Integer> years = List.of(fiscalYear + 1, fiscalYear, fiscalYear - 1);
        ApiAnswer sets = ApiAnswer.of(reconciliation.rules(session.authorization(), fiscalYear));
        if (!sets.ok()) {
            return Templates.rules(session, fiscalYear, years, List.of(), false, sets.refusal());
        }
        Map<String, Long> counts = session.bureauWide() ? openFindingsByRule(session, fiscalYear) : Map.of();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (JsonNode set : sets.body()) {
            List<Rule> rules = new ArrayList<>();
            for (JsonNode rule : set.path("rules")) {
                rules.add(new Rule(rule.path("id").asText(), rule.path("title").asText(), rule.path("severity").asText(),
                        rule.path("message").asText(), counts.getOrDefault(set.path("id").asText() + "/" + rule.path("id").asText(), 0L)));
            }
            List<String> templates = new ArrayList<>();
            set.path("templates").forEach(t -> templates.add(t.asText()));
            String applies = set.path("fromYear").asText() + "–" + (set.hasNonNull("toYear") ? set.path("toYear").asText() : "");
            ruleSets.add(new RuleSet(set.path("id").asText(), set.path("version").asText(), templates, applies, rules));
        }
        return Templates.rules(session, fiscalYear, years, ruleSets, session.bureauWide(), null);
    }

    /** "ruleSet/ruleId" to its open findings, summed over severities. */
    private Map<String, Long> openFindingsByRule(Session session, int fiscalYear) {
        Map<String, Long> counts = new HashMap<>();
        ApiAnswer summary = ApiAnswer.of(reconciliation.summary(session.authorization(), fiscalYear));
        for (JsonNode count : summary.ok() ? summary.body().path("openFindingsByRule") : List.<JsonNode>of()) {
            counts.merge(count.path("ruleSet").asText() + "/" + count.path("ruleId").asText(), count.path("openFindings").asLong(), Long::sum);
        }
        return counts;
    }
}
