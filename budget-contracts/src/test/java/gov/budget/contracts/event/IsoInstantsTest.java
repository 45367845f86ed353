package gov.budget.contracts.event;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoInstantsTest {

    @Test
    void readsEveryInstantAsTheJdkDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            // 1900 to 2100, with no fraction and with fractions the JDK writes and others
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 4_102_444_800L), random.nextInt(1_000_000_000));
            Instant truncated = i % 3 == 0 ? Instant.ofEpochSecond(instant.getEpochSecond()) : instant;
            String text = truncated.toString();
            assertEquals(Instant.parse(text), IsoInstants.parse(text), text);
        }
        for (String text : List.of("2024-02-29T23:59:59Z", "2026-12-03T03:37:16.1Z", "2026-12-03T03:37:16.123456789Z",
                "2026-12-31T00:00:00.000Z", "0000-01-01T00:00:00Z", "2026-12-03T11:37:16+08:00", "2016-12-31T23:59:60Z",
                "2026-12-03T24:00:00Z", "2026-12-03T03:37:16.Z")) {
            assertEquals(Instant.parse(text), IsoInstants.parse(text), text);
        }
    }

    @Test
    void refusesWhatTheJdkRefuses() {
        for (String text : List.of("2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-12-03T03:37:16.1234567890Z", "2026-12-03 03:37:16Z", "2026-12-03T03:37:16", "20x6-12-03T03:37:16Z")) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(text), text);
        }
    }

    @Test
    void anEnvelopeReadsItsTimeAndRefusesOneThatIsNoInstant() {
        Instant at = Instant.parse("2026-12-03T03:37:16.342123Z");
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "LineChanged", "test", "LedgerLine", "323:2024:3:2080106",
                "323", 2024, 1, at, "test", null);

        assertEquals(at, EventCodec.fromJson(EventCodec.toJson(event)).occurredAt());
        String broken = EventCodec.toJson(event).replace("2026-12-03T03:37:16.342123Z", "2026-02-30T03:37:16Z");
        MalformedEventException refused = assertThrows(MalformedEventException.class, () -> EventCodec.fromJson(broken));
        assertEquals(true, refused.getMessage().contains("2026-02-30T03:37:16Z"), refused.getMessage());
    }
}
