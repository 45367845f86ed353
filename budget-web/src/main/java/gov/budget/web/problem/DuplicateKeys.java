package gov.budget.web.problem;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a write that a unique key refused from every other failure. Two requests that both found a
 * record absent (a department created twice at the same instant) both insert it, and the database
 * refuses the second as it flushes or commits; that caller is answered 409, as it would have been
 * had it come a moment later, and its transaction was rolled back whole.
 */
final class DuplicateKeys {

    /** MySQL's and MariaDB's error for a row whose unique key another row already holds (ER_DUP_ENTRY). */
    private static final int DUPLICATE_ENTRY = 1062;

    /** How both servers word it: {@code Duplicate entry 'D1' for key 'PRIMARY'}. */
    private static final Pattern ENTRY = Pattern.compile("Duplicate entry '(.*)' for key '([^']*)'");

    private DuplicateKeys() {
    }

    /** The database's refusal of a duplicate key in the failure, its suppressed exceptions or its causes; or null. */
    static SQLException refusal(Throwable failure) {
        return (SQLException) Causes.first(failure,
                cause -> cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY);
    }

    /** What the caller is told: the key and the value that another request wrote first, when the server named them. */
    static String detail(SQLException refusal) {
        Matcher entry = ENTRY.matcher(String.valueOf(refusal.getMessage()));
        String what = entry.find() ? "the value '" + entry.group(1) + "' of unique key " + entry.group(2) : "a unique key";
        return "another request wrote " + what + " first, so nothing of this one was written; read the resource again";
    }
}
