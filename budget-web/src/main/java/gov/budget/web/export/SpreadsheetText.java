package gov.budget.web.export;

/**
 * Text written to a CSV export, made safe for spreadsheet programs: a cell that starts like a formula
 * (=, +, -, @, tab or carriage return) is prefixed with an apostrophe, so that a name such as
 * {@code =HYPERLINK(…)} is shown as text and never run (OWASP: CSV injection). Numbers are not text
 * and are written as they are.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
