package gov.budget.performance.indicator;

import gov.budget.contracts.performance.IndicatorValue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a printed 指标值 into (operator, number, unit). Full-width and ASCII operators are both
 * accepted (≥ >= ＞= …). A value with no digit and no operator, such as 比上年提升, is qualitative. A
 * value that starts like a number but whose number cannot be read (≥9O%) is refused.
 */
public final class IndicatorValueParser {

    /** Printed operators and what they mean; longest first, so that >= wins over >. */
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("≥", "≥"), Map.entry(">=", "≥"), Map.entry("＞=", "≥"), Map.entry("＞＝", "≥"), Map.entry(">＝", "≥"),
            Map.entry("≤", "≤"), Map.entry("<=", "≤"), Map.entry("＜=", "≤"), Map.entry("＜＝", "≤"), Map.entry("<＝", "≤"),
            Map.entry(">", ">"), Map.entry("＞", ">"), Map.entry("<", "<"), Map.entry("＜", "<"),
            Map.entry("=", "="), Map.entry("＝", "="));
    private static final Pattern OPERATOR = Pattern.compile("^(>=|<=|＞=|＜=|＞＝|＜＝|>＝|<＝|≥|≤|>|<|＞|＜|=|＝)");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)$");
    private static final Pattern UNIT = Pattern.compile("^(%|‰|m²|㎡|\\p{IsHan}{1,6})?$");
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10000);

    private IndicatorValueParser() {
    }

    /** The parsed value, or empty when the text looks numeric but its number cannot be read. */
    public static Optional<IndicatorValue> parse(String printed, String sheetUnit) {
        String text = printed.strip();
        Matcher operatorMatch = OPERATOR.matcher(text);
        String operator = null;
        String rest = text;
        if (operatorMatch.find()) {
            operator = OPERATORS.get(operatorMatch.group(1));
            rest = text.substring(operatorMatch.end()).strip();
        }
        boolean looksNumeric = operator != null || (!rest.isEmpty() && Character.isDigit(rest.charAt(0)));
        if (!looksNumeric) {
            return Optional.of(new IndicatorValue(printed, null, null, null, true, null));
        }
        Matcher number = NUMBER_AND_UNIT.matcher(rest);
        if (!number.matches() || !isUnit(number.group(2))) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(number.group(1));
        String unit = number.group(2).isEmpty() ? null : number.group(2);
        return Optional.of(new IndicatorValue(printed, operator, value, unit, false, inSheetUnit(value, unit, sheetUnit)));
    }

    /** A number in the sheet's unit: money printed in 元 on a sheet in 万元 is divided by 10000; anything else is as printed. */
    public static BigDecimal inSheetUnit(BigDecimal number, String unit, String sheetUnit) {
        return number != null && "元".equals(unit) && "万元".equals(sheetUnit) ? number.divide(YUAN_PER_WAN) : number;
    }

    /** %, ‰, m² or a few Chinese characters (万元, 人, 小时, 套 …); a Latin letter means a mistyped number (9O%). */
    private static boolean isUnit(String unit) {
        return UNIT.matcher(unit).matches();
    }
}
