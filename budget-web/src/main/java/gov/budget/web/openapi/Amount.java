package gov.budget.web.openapi;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of an amount as {@code Amounts} checks it: at most 2 decimals and below 10^16 in
 * absolute value. A field or map value names it with {@code @Schema(implementation = Amount.class)}.
 * The decimals are stated as {@code x-fraction-digits}, not as {@code multipleOf: 0.01}, which binary
 * floating point makes clients refuse for such valid amounts as 1234.56.
 */
@Schema(name = "Amount", type = SchemaType.NUMBER, minimum = "-1E16", exclusiveMinimum = true,
        maximum = "1E16", exclusiveMaximum = true, extensions = @Extension(name = "x-fraction-digits", value = "2", parseValue = true),
        description = "An amount: at most 2 decimals, below 10^16 in absolute value")
public final class Amount {

    private Amount() {
    }
}
