package gov.budget.outbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import gov.budget.contracts.event.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a group event may carry: 1 to 200 changes keyed as it is; anything else is refused before anything is written. */
class OutboxGroupTest {

    @Test
    void aGroupWithoutChangesWithTooManyOrWithAChangeOfAnotherKeyIsRefused() {
        Outbox outbox = new Outbox();
        EventEnvelope group = event("LedgerTableLines", "D1:2024:3", 2024);

        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> outbox.appendGroup("topic", group, List.of()));
        assertEquals("group D1:2024:3 carries 0 changes; a group carries 1 to 200", empty.getMessage());
        List<EventEnvelope> tooMany = Collections.nCopies(Outbox.MAX_GROUP_CHANGES + 1, event("LedgerLine", "D1:2024:3:201", 2024));
        IllegalArgumentException large = assertThrows(IllegalArgumentException.class, () -> outbox.appendGroup("topic", group, tooMany));
        assertEquals("group D1:2024:3 carries 201 changes; a group carries 1 to 200", large.getMessage());
        IllegalArgumentException otherKey = assertThrows(IllegalArgumentException.class,
                () -> outbox.appendGroup("topic", group, List.of(event("LedgerLine", "D1:2025:3:201", 2025))));
        assertEquals("change D1:2025:3:201 is keyed D1:2025, its group D1:2024", otherKey.getMessage());
    }

    @Test
    void aGroupWhosePayloadDoesNotListEveryRecordIsRefused() {
        Outbox outbox = new Outbox();
        List<String> records = List.of("a", "b");
        IllegalArgumentException shortList = assertThrows(IllegalArgumentException.class, () -> outbox.appendGroups("topic", records,
                "lines", "line", part -> Map.of("lines", List.of(Map.of("line", Map.of("code", "a")))),
                (record, payload) -> event("LedgerLine", "D1:2024:3:" + record, 2024),
                (part, payload) -> event("LedgerTableLines", "D1:2024:3", 2024)));
        assertEquals("a group's payload lists 1 entries in 'lines' for 2 records", shortList.getMessage());
        IllegalArgumentException misnamed = assertThrows(IllegalArgumentException.class, () -> outbox.appendGroups("topic", records,
                "lines", "line", part -> Map.of("lines", List.of(Map.of("row", Map.of("code", "a")), Map.of("row", Map.of("code", "b")))),
                (record, payload) -> event("LedgerLine", "D1:2024:3:" + record, 2024),
                (part, payload) -> event("LedgerTableLines", "D1:2024:3", 2024)));
        assertEquals("entry 0 of a group's payload has no object 'line'", misnamed.getMessage());
    }

    private static EventEnvelope event(String type, String id, int year) {
        return new EventEnvelope(UUID.randomUUID(), type + "Changed", "budget-ledger-service", type, id, "D1", year, 1, Instant.now(),
                "test", JsonNodeFactory.instance.objectNode());
    }
}
