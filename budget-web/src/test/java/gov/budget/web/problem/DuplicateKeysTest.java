package gov.budget.web.problem;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class DuplicateKeysTest {

    private static final SQLIntegrityConstraintViolationException DUPLICATE =
            new SQLIntegrityConstraintViolationException("Duplicate entry 'D1' for key 'PRIMARY'", "23000", 1062);

    @Test
    void aDuplicateKeyUnderTheOrmAndTheTransactionIsFoundAndNamed() {
        RuntimeException failure = new RuntimeException("transaction rolled back",
                new ConstraintViolationException("could not execute statement", DUPLICATE, "PRIMARY"));
        assertSame(DUPLICATE, DuplicateKeys.refusal(failure));
        assertEquals("another request wrote the value 'D1' of unique key PRIMARY first, so nothing of this one was written; "
                + "read the resource again", DuplicateKeys.detail(DuplicateKeys.refusal(failure)));
    }

    @Test
    void aDuplicateKeyThatACommitKeptAmongItsSuppressedExceptionsIsFound() {
        IllegalStateException commit = new IllegalStateException("commit failed");
        commit.addSuppressed(DUPLICATE);
        assertSame(DUPLICATE, DuplicateKeys.refusal(commit));
    }

    @Test
    void aRefusalWordedOtherwiseStillNamesAUniqueKey() {
        SQLException refusal = new SQLIntegrityConstraintViolationException("duplicate", "23000", 1062);
        assertEquals("another request wrote a unique key first, so nothing of this one was written; read the resource again",
                DuplicateKeys.detail(refusal));
    }

    @Test
    void otherIntegrityViolationsAndOtherFailuresAreNotDuplicates() {
        assertNull(DuplicateKeys.refusal(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Column 'name' cannot be null", "23000", 1048))));
        assertNull(DuplicateKeys.refusal(new IllegalArgumentException("a bug")));
    }
}
