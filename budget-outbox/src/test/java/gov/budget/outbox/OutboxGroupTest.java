package gov.budget.outbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import gov.budget.contracts.event.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a group event may carry: changes keyed as it is, and at least one; refused before anything is written. */
class OutboxGroupTest {

    @Test
    void aGroupWithoutChangesOrWithAChangeOfAnotherKeyIsRefused() {
        Outbox outbox = new Outbox();
        EventEnvelope group = event("LedgerTableLines", "D1:2024:3", 2024);

        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> outbox.appendGroup("topic", group, List.of()));
        assertEquals("group D1:2024:3 carries no changes", empty.getMessage());
        IllegalArgumentException otherKey = assertThrows(IllegalArgumentException.class,
                () -> outbox.appendGroup("topic", group, List.of(event("LedgerLine", "D1:2025:3:201", 2025))));
        assertEquals("change D1:2025:3:201 is keyed D1:2025, its group D1:2024", otherKey.getMessage());
    }

    private static EventEnvelope event(String type, String id, int year) {
        return new EventEnvelope(UUID.randomUUID(), type + "Changed", "budget-ledger-service", type, id, "D1", year, 1, Instant.now(),
                "test", JsonNodeFactory.instance.objectNode());
    }
}
