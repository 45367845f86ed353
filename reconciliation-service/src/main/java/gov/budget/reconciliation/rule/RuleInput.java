package gov.budget.reconciliation.rule;

import java.util.Comparator;

/**
 * Something a rule reads: the rows of one ledger table, the ledger's table list and notes, or the
 * narrative's figures. Rules are indexed by these, so that a change re-evaluates only the rules that read it.
 */
public record RuleInput(String service, String part) implements Comparable<RuleInput> {

    public static final String LEDGER = "ledger";

    public static RuleInput ledgerTable(int tableNo) {
        return new RuleInput(LEDGER, "table:" + tableNo);
    }

    public static RuleInput ledgerTables() {
        return new RuleInput(LEDGER, "tables");
    }

    public static RuleInput sheets() {
        return new RuleInput("performance", "sheets");
    }

    public static RuleInput procurement() {
        return new RuleInput("procurement", "lines");
    }

    public static RuleInput assets() {
        return new RuleInput("asset", "holdings");
    }

    public static RuleInput narrative() {
        return new RuleInput(LEDGER, "narrative");
    }

    /** By service, then part: the order of their {@link #toString}s, without building them at each comparison. */
    private static final Comparator<RuleInput> ORDER = Comparator.comparing(RuleInput::service).thenComparing(RuleInput::part);

    @Override
    public int compareTo(RuleInput other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return service + "/" + part;
    }
}
