package gov.budget.procurement.line;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.PooledIds;

import java.util.List;

/**
 * Inserts an import's new procurement lines with one multi-row statement, in the caller's
 * transaction. As entities with AUTO_INCREMENT ids, each line was an insert of its own.
 */
public final class ProcurementLineRows {

    private static final String HEAD = "INSERT INTO procurement_line (id, budget_id, position, unit_name, project_name, project_code, "
            + "basic_expenditure, project_budget, item_name, catalog_code, category, measure_unit, quantity, unit_price, total, "
            + "general_public, government_fund, state_capital, special_account, unit_funds, carry_over, sme_share, version, deleted, "
            + "updated_at)";

    private ProcurementLineRows() {
    }

    /** A new line's id, from the pooled generator {@link ProcurementLine} declares: its events name the line by it. */
    public static long newId() {
        return PooledIds.next(ProcurementLine.class);
    }

    /** Inserts lines that already have their ids; they stay unmanaged by the session. */
    public static void insert(List<ProcurementLine> lines) {
        MultiRowSql.insert(HEAD, "", 25, lines.stream().map(ProcurementLineRows::row).toList());
    }

    private static Object[] row(ProcurementLine line) {
        FundColumns amounts = line.amounts;
        return new Object[] {line.id, line.budget.id, line.position, line.unit, line.projectName, line.projectCode,
                line.basicExpenditure, line.projectBudget, line.itemName, line.catalogCode, line.category, line.measureUnit,
                line.quantity, line.unitPrice, amounts.total, amounts.generalPublic, amounts.governmentFund, amounts.stateCapital,
                amounts.specialAccount, amounts.unitFunds, amounts.carryOver, line.smeShare, line.version, line.deleted,
                line.updatedAt};
    }
}
