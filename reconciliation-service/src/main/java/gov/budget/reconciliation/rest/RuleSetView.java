package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.RuleSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A rule set: the relations checked for one region profile and range of fiscal years. */
public record RuleSetView(String id,
                          String version,
                          String profile,
                          List<String> templates,
                          int fromYear,
                          @Schema(nullable = true) Integer toYear,
                          List<RuleView> rules) {

    static RuleSetView of(RuleSet set) {
        return new RuleSetView(set.id(), set.version(), set.profile(), set.templates(), set.fromYear(), set.toYear(),
                set.rules().stream().map(RuleView::of).toList());
    }
}
