package gov.budget.web.problem;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure to reach the database (it is down, restarting, or no pooled connection came in
 * time) or another service this one calls from every other failure: the first is answered 503 with Retry-After, since the same request
 * can succeed shortly, and its transaction was rolled back (or, if the link broke during the commit
 * itself, is whole either way); the others are 500s.
 */
final class Unavailable {

    /** mysql-connector-j's failures of a lost connection, named so that this module does not depend on the driver. */
    private static final Set<String> DRIVER_CONNECTION_FAILURES = Set.of(
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.exceptions.ConnectionIsClosedException",
            "com.mysql.cj.exceptions.StatementIsClosedException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException");

    private Unavailable() {
    }

    /**
     * Whether the failure, one of its causes, or an exception suppressed along the way (a commit that
     * failed keeps the driver's error there) is a lost or refused connection.
     */
    static boolean isCause(Throwable failure) {
        return isCause(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * What could not be reached, for the answer and the log: the database when the lost connection is a
     * JDBC one, otherwise another service this one calls (a refused connection of its REST client).
     */
    static String unreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof JDBCConnectionException
                    || DRIVER_CONNECTION_FAILURES.contains(cause.getClass().getName())) {
                return "the database";
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof SQLException || DRIVER_CONNECTION_FAILURES.contains(suppressed.getClass().getName())) {
                    return "the database";
                }
            }
        }
        return "a service this one calls";
    }

    private static boolean isCause(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (isConnectionFailure(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCause(suppressed, seen)) {
                return true;
            }
        }
        return isCause(failure.getCause(), seen);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
            return true;
        }
        // the driver's own: a statement or connection closed under a request because the link to the server broke
        if (DRIVER_CONNECTION_FAILURES.contains(cause.getClass().getName())) {
            return true;
        }
        // SQLSTATE class 08 is "connection exception"; the pool's acquisition timeout wraps a TimeoutException
        return cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                || sql.getCause() instanceof TimeoutException);
    }
}
