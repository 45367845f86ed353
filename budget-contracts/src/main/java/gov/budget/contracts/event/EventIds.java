package gov.budget.contracts.event;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * New event ids: UUIDs of version 7 (RFC 9562), which begin with the time in milliseconds and grow
 * within one millisecond; 74 of their bits are random, so two services' generators do not meet.
 * Ids that grow go in at the end of any index kept on them.
 */
public final class EventIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private EventIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
