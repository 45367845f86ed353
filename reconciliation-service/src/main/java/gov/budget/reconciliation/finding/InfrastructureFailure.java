package gov.budget.reconciliation.finding;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import org.hibernate.JDBCException;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Tells a failure of the platform (the database is down or answers with an error, a lock timed
 * out) from a failure of one budget (a rule-set bug, a record that cannot be read). Only the first may hold a partition:
 * retrying the batch later can succeed, while a budget's own failure would fail every retry.
 */
final class InfrastructureFailure {

    private InfrastructureFailure() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof JDBCException || cause instanceof LockTimeoutException
                    || cause instanceof PessimisticLockException || cause instanceof QueryTimeoutException
                    || cause instanceof SystemException || cause instanceof RollbackException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
