package gov.budget.reconciliation.rule;

import java.util.List;

/**
 * A versioned set of relations for one region profile and a range of fiscal years, read from
 * {@code rules/*.json}: for example Hebei, 2024 onward.
 *
 * @param templates the region templates whose budgets it checks
 * @param toYear    the last fiscal year it applies to, or null for open-ended
 */
public record RuleSet(String id, String version, String profile, List<String> templates, int fromYear, Integer toYear,
                      List<RuleDefinition> rules) {

    public boolean appliesTo(String templateId, int fiscalYear) {
        return templates.contains(templateId) && fiscalYear >= fromYear && (toYear == null || fiscalYear <= toYear);
    }
}
