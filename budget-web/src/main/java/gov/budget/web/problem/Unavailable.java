package gov.budget.web.problem;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
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
        return unreachable(failure) != null;
    }

    /**
     * What could not be reached, for the answer and the log, found in one walk of the failure: another
     * service this one calls when the first lost connection found is a bare refused socket (its REST
     * client's), otherwise the database, whose driver and pool wrap theirs in their own exceptions.
     * Null when no lost or refused connection caused the failure.
     */
    static String unreachable(Throwable failure) {
        Throwable lost = Causes.first(failure, Unavailable::isConnectionFailure);
        if (lost == null) {
            return null;
        }
        return lost instanceof ConnectException ? "a service this one calls" : "the database";
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
