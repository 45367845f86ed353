package gov.budget.contracts.event;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * New event ids: UUIDs of version 7 (RFC 9562), which begin with the time in milliseconds and grow
 * within one millisecond. Each owner's outbox keeps its event ids in a unique index; ids that grow
 * go in at the index's end, where a random id would land on a random page of an index that
 * outgrows the database's page cache as the outbox does.
 */
public final class EventIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private EventIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
