package gov.budget.reconciliation.facts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WeightedLruTest {

    /** Values are their own weight. */
    private final WeightedLru<String, Integer> lru = new WeightedLru<>(10, Integer::longValue);

    @Test
    void theLeastRecentlyUsedGoesFirstWhenTheBoundIsPassed() {
        lru.put("a", 4);
        lru.put("b", 4);
        assertEquals(4, lru.get("a"));
        lru.put("c", 4);

        assertNull(lru.get("b"), "b was used least recently");
        assertEquals(4, lru.get("a"));
        assertEquals(4, lru.get("c"));
        assertEquals(8, lru.weight());
    }

    @Test
    void aNewValueIsKeptOverOlderOnesHoweverOftenTheyWereUsed() {
        lru.put("often", 6);
        for (int i = 0; i < 100; i++) {
            lru.get("often");
        }
        lru.put("new", 6);

        assertEquals(6, lru.get("new"));
        assertNull(lru.get("often"));
    }

    @Test
    void aValuePutAgainIsWeighedAgain() {
        lru.put("a", 2);
        lru.put("b", 3);
        lru.put("a", 7);

        assertEquals(10, lru.weight());
        lru.put("a", 8);
        assertNull(lru.get("b"), "a grew past the room b left");
        assertEquals(8, lru.weight());
    }

    @Test
    void aValueHeavierThanTheBoundIsNotKept() {
        lru.put("a", 3);
        lru.put("huge", 11);

        assertNull(lru.get("huge"));
        assertNull(lru.get("a"));
        assertEquals(0, lru.weight());
    }

    @Test
    void removalsGiveTheirWeightBack() {
        lru.put("D1:2024", 2);
        lru.put("D1:2025", 3);
        lru.put("D2:2024", 4);

        lru.removeKeys(key -> key.startsWith("D1:"));
        assertEquals(4, lru.weight());
        lru.remove("D2:2024");
        lru.remove("absent");
        assertEquals(0, lru.weight());
        assertNull(lru.get("D1:2025"));
    }
}
