package gov.budget.web.openapi;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of an amount that cannot be negative, as {@code Amounts} checks it with
 * {@code Sign.NOT_NEGATIVE}: 0 or more, at most 2 decimals ({@code x-fraction-digits}, as in {@link Amount}),
 * below 10^16.
 */
@Schema(name = "NonNegativeAmount", type = SchemaType.NUMBER, minimum = "0",
        maximum = "1E16", exclusiveMaximum = true, extensions = @Extension(name = "x-fraction-digits", value = "2", parseValue = true),
        description = "An amount that cannot be negative: at most 2 decimals, below 10^16")
public final class NonNegativeAmount {

    private NonNegativeAmount() {
    }
}
