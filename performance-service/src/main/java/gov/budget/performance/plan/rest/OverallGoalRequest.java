package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The department's overall goal (总体绩效目标) and its division sub-goals (分项绩效目标). */
public record OverallGoalRequest(String goal, List<Division> divisions) {

    /** One division's goal text and indicator texts. */
    public record Division(@Schema(required = true, pattern = "\\S") String division, String goal, List<String> indicators) {
    }
}
