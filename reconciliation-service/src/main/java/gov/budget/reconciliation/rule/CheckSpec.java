package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import gov.budget.reconciliation.rule.check.AssetLinksCheck;
import gov.budget.reconciliation.rule.check.CellsCheck;
import gov.budget.reconciliation.rule.check.CodeMatchCheck;
import gov.budget.reconciliation.rule.check.CodeSumCheck;
import gov.budget.reconciliation.rule.check.EmptyTableCheck;
import gov.budget.reconciliation.rule.check.HierarchyCheck;
import gov.budget.reconciliation.rule.check.HoldingsCheck;
import gov.budget.reconciliation.rule.check.ItemsSumCheck;
import gov.budget.reconciliation.rule.check.NarrativeCodesCheck;
import gov.budget.reconciliation.rule.check.NarrativeItemsCheck;
import gov.budget.reconciliation.rule.check.ProcurementFundCheck;
import gov.budget.reconciliation.rule.check.ProcurementLineCheck;
import gov.budget.reconciliation.rule.check.ProcurementProjectCheck;
import gov.budget.reconciliation.rule.check.ProcurementTotalsCheck;
import gov.budget.reconciliation.rule.check.RowSumCheck;
import gov.budget.reconciliation.rule.check.ServiceKeysCheck;
import gov.budget.reconciliation.rule.check.SheetCheck;
import gov.budget.reconciliation.rule.check.SheetsTotalCheck;
import gov.budget.reconciliation.rule.check.TemplateCompleteCheck;

import java.util.List;
import java.util.Set;

/**
 * One aggregation of a rule, named by {@code kind} in the rule file: it reads the budget's facts and
 * yields the comparisons the rule's expression then judges. The aggregations (child sums, row
 * lookups, unit conversion) are Java; what counts as holding is the rule's data.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RowSumCheck.class, name = "ROW_SUM"),
        @JsonSubTypes.Type(value = HierarchyCheck.class, name = "HIERARCHY"),
        @JsonSubTypes.Type(value = ItemsSumCheck.class, name = "ITEMS_SUM"),
        @JsonSubTypes.Type(value = CellsCheck.class, name = "CELLS"),
        @JsonSubTypes.Type(value = CodeMatchCheck.class, name = "CODE_MATCH"),
        @JsonSubTypes.Type(value = CodeSumCheck.class, name = "CODE_SUM"),
        @JsonSubTypes.Type(value = EmptyTableCheck.class, name = "EMPTY_TABLE"),
        @JsonSubTypes.Type(value = NarrativeItemsCheck.class, name = "NARRATIVE_ITEMS"),
        @JsonSubTypes.Type(value = NarrativeCodesCheck.class, name = "NARRATIVE_CODES"),
        @JsonSubTypes.Type(value = TemplateCompleteCheck.class, name = "TEMPLATE_COMPLETE"),
        @JsonSubTypes.Type(value = SheetsTotalCheck.class, name = "SHEETS_TOTAL"),
        @JsonSubTypes.Type(value = SheetCheck.class, name = "SHEET"),
        @JsonSubTypes.Type(value = ProcurementLineCheck.class, name = "PROCUREMENT_LINE"),
        @JsonSubTypes.Type(value = ProcurementTotalsCheck.class, name = "PROCUREMENT_TOTALS"),
        @JsonSubTypes.Type(value = ProcurementFundCheck.class, name = "PROCUREMENT_FUND"),
        @JsonSubTypes.Type(value = ProcurementProjectCheck.class, name = "PROCUREMENT_PROJECT"),
        @JsonSubTypes.Type(value = HoldingsCheck.class, name = "HOLDINGS"),
        @JsonSubTypes.Type(value = AssetLinksCheck.class, name = "ASSET_LINKS"),
        @JsonSubTypes.Type(value = ServiceKeysCheck.class, name = "SERVICE_KEYS")})
public interface CheckSpec {

    List<Comparison> compare(BudgetFacts facts);

    /** What it reads, for the rule index. */
    Set<RuleInput> inputs();

    /** A severity for this check's failures instead of the rule's, or null. */
    default Severity severity() {
        return null;
    }

    /** An expression for this check instead of the rule's, or null. */
    default String comparison() {
        return null;
    }
}
