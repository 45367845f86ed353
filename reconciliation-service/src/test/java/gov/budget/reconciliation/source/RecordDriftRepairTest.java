package gov.budget.reconciliation.source;

import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.rule.RuleInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full run's repair of another service's records against its snapshot, on the real database. */
@QuarkusTest
class RecordDriftRepairTest {

    private static final RecordProjector LINES = new RecordProjector(ProcurementLinePayload.AGGREGATE_TYPE, ProcurementLinePayload.class,
            Set.of(RuleInput.procurement()), false);

    @Inject
    RecordDriftRepair repair;

    private final String dept = "D" + Long.toString(System.nanoTime(), 36).toUpperCase();

    @Test
    void aStaleRecordIsRewrittenAMissingOneAddedAndOneTheServiceNoLongerHasRemoved() {
        Instant before = Instant.now().minusSeconds(60);
        project("line-1", 1, "{\"name\":\"old\"}", before);
        project("line-2", 1, "{\"name\":\"gone\"}", before);
        Instant runStartedAt = Instant.now();
        List<RecordDriftRepair.SnapshotRecord> snapshot = List.of(
                record("line-1", 2, Map.of("name", "new")),
                record("line-3", 1, Map.of("name", "added")));

        Tally tally = repair.repair(LINES, dept, 2024, snapshot, runStartedAt);

        assertEquals(new Tally(1, 1, 1), tally);
        assertEquals("{\"name\":\"new\"}", stored("line-1").payload);
        assertEquals(2, stored("line-1").version);
        assertTrue(stored("line-2").deleted, "the service no longer has line-2");
        assertFalse(stored("line-3").deleted);
        // repaired, the same snapshot finds nothing more
        assertEquals(new Tally(0, 0, 0), repair.repair(LINES, dept, 2024, snapshot, runStartedAt));
    }

    @Test
    void aRecordNewerThanTheRunIsNeitherExtraNorOverwritten() {
        Instant runStartedAt = Instant.now().minusSeconds(1);
        // the consumer applied version 3 after the run's snapshot, which still had version 2
        project("line-1", 3, "{\"name\":\"newest\"}", Instant.now());
        project("line-2", 1, "{\"name\":\"just added\"}", Instant.now());

        Tally tally = repair.repair(LINES, dept, 2024, List.of(record("line-1", 2, Map.of("name", "older"))), runStartedAt);

        assertEquals(new Tally(0, 0, 0), tally);
        assertEquals("{\"name\":\"newest\"}", stored("line-1").payload);
        assertFalse(stored("line-2").deleted);
    }

    private RecordDriftRepair.SnapshotRecord record(String id, long version, Object payload) {
        return new RecordDriftRepair.SnapshotRecord(dept + ":" + id, dept, 2024, version, Instant.now(), false, payload);
    }

    private void project(String id, long version, String payload, Instant occurredAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            RecordProjection record = new RecordProjection();
            record.aggregateType = LINES.type();
            record.aggregateId = dept + ":" + id;
            record.deptCode = dept;
            record.fiscalYear = 2024;
            record.version = version;
            record.occurredAt = occurredAt;
            record.payload = payload;
            record.persist();
        });
    }

    private RecordProjection stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> RecordProjection.of(LINES.type(), dept + ":" + id).orElseThrow());
    }
}
