package gov.budget.contracts.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventIdsTest {

    @Test
    void idsAreVersionSevenAndGrowAsTextInTheOrderMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            UUID id = EventIds.next();
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            made.add(id.toString());
        }

        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);
        assertEquals(made, sorted, "as the outbox's index orders them");
        assertEquals(made.size(), new HashSet<>(made).size());
    }
}
