package gov.budget.web.testing;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The events a service's outbox holds, for tests of what a write published and how. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** The events of the department's budgets (keyed {@code deptCode:…}), in the order they were appended. */
    public static List<EventEnvelope> eventsOf(DataSource dataSource, String deptCode) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT envelope FROM outbox_event WHERE message_key LIKE ? ORDER BY id")) {
            select.setString(1, deptCode + ":%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventCodec.fromJson(rows.getString(1)));
                }
            }
        }
        return events;
    }
}
