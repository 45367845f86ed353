package gov.budget.ledger.budget.rest;

import gov.budget.web.openapi.Amount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A figure the narrative states.
 *
 * @param code   a dotted key such as {@code running_cost.office}; the part before the last dot names the figure it itemises
 * @param label  the printed label, for example 办公费
 * @param amount the stated amount, at most 2 decimals
 * @param unit   万元 or 元 for an amount, % for a share, 个 for a count (a whole number)
 * @param text   the sentence as printed, for a stated change such as 与2023年相比持平; optional
 */
public record NarrativeFigureRequest(
        @Schema(required = true, maxLength = 64, pattern = "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$") String code,
        @Schema(required = true, maxLength = 200, pattern = "\\S") String label,
        @Schema(required = true, implementation = Amount.class) BigDecimal amount,
        @Schema(required = true, enumeration = {"万元", "元", "%", "个"}) String unit,
        @Schema(maxLength = 1000) String text) {
}
