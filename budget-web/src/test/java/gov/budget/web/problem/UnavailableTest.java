package gov.budget.web.problem;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnavailableTest {

    @Test
    void aPoolThatCannotConnectIsTheDatabase() {
        RuntimeException failure = new RuntimeException("could not prepare", new SQLTransientConnectionException("no connection in time"));
        assertTrue(Unavailable.isCause(failure));
        assertEquals("the database", Unavailable.unreachable(failure));
    }

    @Test
    void aDatabaseThatRefusesTheConnectionIsTheDatabaseThoughASocketWasRefusedUnderneath() {
        RuntimeException failure = new RuntimeException("could not open a connection",
                new JDBCConnectionException("unable to obtain a connection", new SQLException("Communications link failure", "08S01",
                        new ConnectException("Connection refused"))));
        assertTrue(Unavailable.isCause(failure));
        assertEquals("the database", Unavailable.unreachable(failure));
    }

    @Test
    void aRefusedConnectionOfARestClientIsAnotherService() {
        RuntimeException failure = new IllegalStateException("calling the ledger", new ConnectException("Connection refused: /127.0.0.1:8081"));
        assertTrue(Unavailable.isCause(failure));
        assertEquals("a service this one calls", Unavailable.unreachable(failure));
    }

    @Test
    void anyOtherFailureIsNotUnavailability() {
        assertFalse(Unavailable.isCause(new IllegalArgumentException("a bug")));
    }
}
