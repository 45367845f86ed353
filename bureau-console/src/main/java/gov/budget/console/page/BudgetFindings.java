package gov.budget.console.page;

import gov.budget.console.api.ApiAnswer;

import java.util.ArrayList;
import java.util.List;

/**
 * A budget's open findings as reconciliation answered them, or why they could not be read. A page
 * that could not read them must say so: an empty list would tell the officer that nothing is wrong.
 *
 * @param error null when reconciliation answered; otherwise what the page shows instead of the list
 */
record BudgetFindings(List<FindingView> open, String status, String error) {

    static BudgetFindings of(ApiAnswer checked) {
        if (!checked.ok()) {
            return new BudgetFindings(List.of(), null,
                    "未能读取核对结果（HTTP " + checked.status() + "）：" + checked.refusal());
        }
        List<FindingView> open = new ArrayList<>();
        checked.body().path("findings").forEach(f -> open.add(FindingView.of(f)));
        return new BudgetFindings(List.copyOf(open), checked.body().path("status").asText(), null);
    }
}
