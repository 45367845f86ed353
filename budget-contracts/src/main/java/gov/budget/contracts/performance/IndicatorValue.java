package gov.budget.contracts.performance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A 指标值 as printed and as parsed: {@code ≤403860.63元} is operator ≤, number 403860.63, unit 元, and
 * 40.386063 in the sheet's unit 万元. A text such as 比上年提升 is qualitative and has no number.
 *
 * @param text          exactly as printed
 * @param operator      ≥, ≤, >, < or =; null when none is printed
 * @param number        the printed number, or null when qualitative
 * @param unit          the printed unit, such as %, 万元, 人; null when none
 * @param qualitative   true when the value states no number
 * @param inSheetUnit   for a money value, the number converted to the sheet's unit (万元); else the number
 */
public record IndicatorValue(String text,
                             @Schema(nullable = true) String operator,
                             @Schema(nullable = true) BigDecimal number,
                             @Schema(nullable = true) String unit,
                             boolean qualitative,
                             @Schema(nullable = true) BigDecimal inSheetUnit) {
}
