package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of one point of a spending plan, as the sheet validator checks it: a percentage of 0 to 100, at most 2 decimals. */
@Schema(name = "PlanPercentage", type = SchemaType.NUMBER, minimum = "0", maximum = "100",
        extensions = @Extension(name = "x-fraction-digits", value = "2", parseValue = true),
        description = "The share of the budget spent by then, in %: 0 to 100, at most 2 decimals; it cannot decrease through the year")
public final class PlanPercentage {

    private PlanPercentage() {
    }
}
