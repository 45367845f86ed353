package gov.budget.imports.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** How a disclosure prints its figures, codes and labels. */
final class PrintedText {

    /** 1,234.00 / 1234.00 / -12.50, as printed in a table cell. */
    private static final Pattern AMOUNT = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    /** 一、 / 1. / 1． / （一） / (1) before a label. */
    private static final Pattern ENUMERATOR = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、]|[（(][一二三四五六七八九十\\d]+[)）])");

    private PrintedText() {
    }

    /** The title of any table of a disclosure, which ends the table or the narrative section before it. */
    private static final Pattern TABLE_TITLE = Pattern.compile("^(\\d{4}年)?(部门|预算单位|单位).*(预算表|总表)$");

    static boolean isTableTitle(String compactLine) {
        return TABLE_TITLE.matcher(compact(compactLine)).matches();
    }

    /** A label as stored: without its enumerator and surrounding white space, brackets as printed. */
    static String label(String printed) {
        return ENUMERATOR.matcher(printed.strip()).replaceFirst("");
    }

    static boolean isAmount(String text) {
        return AMOUNT.matcher(text).matches();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    static boolean isDigits(String text) {
        return DIGITS.matcher(text).matches();
    }

    /** A label without white space, with half-width brackets and colons, and without its leading enumerator. */
    static String bare(String label) {
        String compact = compact(label);
        return ENUMERATOR.matcher(compact).replaceFirst("");
    }

    /** A label without white space, with full-width brackets and colons made half-width. */
    static String compact(String label) {
        return label.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace('：', ':');
    }
}
