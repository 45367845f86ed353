package gov.budget.reconciliation.rule;

/** A consistency relation (勾稽关系) over a budget's ledger. */
public interface LedgerRule {

    /** The relation's id in the catalog, such as {@code R05}. */
    String id();

    RuleOutcome evaluate(LedgerSnapshot ledger);
}
