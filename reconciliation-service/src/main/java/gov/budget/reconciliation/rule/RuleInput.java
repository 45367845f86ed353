package gov.budget.reconciliation.rule;

import java.util.Set;

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

    /**
     * What a table's record or any of its rows feeds: the rules on that table, and those on the list
     * of published tables, since a table's rows show it published where its record is missing.
     */
    public static Set<RuleInput> ledgerTableAndList(int tableNo) {
        return Set.of(ledgerTable(tableNo), ledgerTables());
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

    /** By service, then part, without building a text of either at each comparison. */
    @Override
    public int compareTo(RuleInput other) {
        int byService = service.compareTo(other.service);
        return byService != 0 ? byService : part.compareTo(other.part);
    }

    @Override
    public String toString() {
        return service + "/" + part;
    }
}
