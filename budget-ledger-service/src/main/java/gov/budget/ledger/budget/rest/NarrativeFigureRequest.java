package gov.budget.ledger.budget.rest;

import java.math.BigDecimal;

/**
 * A figure the narrative states.
 *
 * @param code   a dotted key such as {@code running_cost.office}; the part before the last dot names the figure it itemises
 * @param label  the printed label, for example 办公费
 * @param amount the stated amount, at most 2 decimals
 * @param unit   万元 or 元
 * @param text   the sentence as printed, for a stated change such as 与2023年相比持平; optional
 */
public record NarrativeFigureRequest(String code, String label, BigDecimal amount, String unit, String text) {
}
