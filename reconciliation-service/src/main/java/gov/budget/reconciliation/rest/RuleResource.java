package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.RuleSets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** The active rule sets, as data. */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The rule sets and the relations R01–R29 each checks")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
public class RuleResource {

    @Inject
    RuleSets ruleSets;

    @GET
    @Operation(summary = "The active rule sets with every relation: id, title, severity, scope, inputs, comparison, tolerance, message",
            description = "With template and year, only the rule set that checks such budgets.")
    public List<RuleSetView> list(@QueryParam("template") String templateId, @QueryParam("year") Integer year) {
        return ruleSets.all().stream()
                .filter(set -> templateId == null || set.templates().contains(templateId))
                .filter(set -> year == null || (year >= set.fromYear() && (set.toYear() == null || year <= set.toYear())))
                .map(RuleSetView::of)
                .toList();
    }
}
