package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.template.TableTemplate;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Completeness (R28): with {@code require} TABLES, every table of the budget's region template is
 * published; with NOTES, every published table without rows carries a note.
 */
public record TemplateCompleteCheck(Require require, Severity severity) implements CheckSpec {

    /** The location's column for a table that should be published. */
    static final String PUBLISHED = "published";

    /** What must be there. */
    public enum Require {
        TABLES, NOTES
    }

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (TableTemplate table : facts.template().tables()) {
            BudgetFacts.PublishedTable published = facts.published().get(table.number());
            if (require == Require.TABLES) {
                comparisons.add(Comparison.count(table.number(), null, PUBLISHED, table.title(), published == null ? 0 : 1, 1,
                        "模板中的《" + table.title() + "》尚未公开"));
            } else if (published != null && facts.table(table.number()).isEmpty()) {
                comparisons.add(Comparison.count(table.number(), null, EmptyTableCheck.NOTE, table.title(), published.note() == null ? 0 : 1, 1,
                        "《" + table.title() + "》为空表，未附说明"));
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.ledgerTables());
    }
}
