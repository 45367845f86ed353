package gov.budget.performance.plan;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.PooledIds;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts an import's new sheets and their indicators with two multi-row statements, in the
 * caller's transaction. As entities with AUTO_INCREMENT ids, each sheet and each of its indicators
 * was an insert of its own.
 */
public final class ProjectSheetRows {

    private static final String SHEET_HEAD = "INSERT INTO project_sheet (id, plan_id, position, project_code, project_name, budget, "
            + "fiscal_funds, other_funds, fund_use, plan_march, plan_june, plan_october, plan_december, goals, functional_code, "
            + "carried_over, version, deleted, updated_at)";
    private static final String INDICATOR_HEAD = "INSERT INTO sheet_indicator (sheet_id, position, level1, level2, level3, "
            + "description, value_text, value_operator, value_number, value_unit, qualitative, basis)";

    private ProjectSheetRows() {
    }

    /** Gives each sheet its id and inserts it with its indicators; the sheets stay unmanaged by the session. */
    public static void insert(List<ProjectSheet> sheets) {
        List<Object[]> sheetRows = new ArrayList<>(sheets.size());
        List<Object[]> indicatorRows = new ArrayList<>();
        for (ProjectSheet sheet : sheets) {
            sheet.id = PooledIds.next(ProjectSheet.class);
            sheetRows.add(new Object[] {sheet.id, sheet.plan.id, sheet.position, sheet.projectCode, sheet.projectName, sheet.budget,
                    sheet.fiscalFunds, sheet.otherFunds, sheet.fundUse, sheet.planMarch, sheet.planJune, sheet.planOctober,
                    sheet.planDecember, sheet.goals, sheet.functionalCode, sheet.carriedOver, sheet.version, sheet.deleted,
                    sheet.updatedAt});
            // the position as the entity's @OrderColumn stores it, from 0
            for (int i = 0; i < sheet.indicators.size(); i++) {
                SheetIndicator indicator = sheet.indicators.get(i);
                indicatorRows.add(new Object[] {sheet.id, i, indicator.level1, indicator.level2, indicator.level3,
                        indicator.description, indicator.valueText, indicator.valueOperator, indicator.valueNumber,
                        indicator.valueUnit, indicator.qualitative, indicator.basis});
            }
        }
        MultiRowSql.insert(SHEET_HEAD, "", 19, sheetRows);
        MultiRowSql.insert(INDICATOR_HEAD, "", 12, indicatorRows);
    }
}
