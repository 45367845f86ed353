package gov.budget.reconciliation.rest;

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
}
