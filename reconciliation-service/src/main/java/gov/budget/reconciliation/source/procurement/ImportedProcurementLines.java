package gov.budget.reconciliation.source.procurement;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.projection.RecordRow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code ProcurementLinesChanged} event, the lines one import of a budget's table changed,
 * as the record rows that each line's own {@code ProcurementLineChanged} event would give: the same
 * key, version, time and payload, so that the lines are projected alike whichever way they arrived.
 */
final class ImportedProcurementLines {

    private ImportedProcurementLines() {
    }

    static List<RecordRow> rows(EventEnvelope event) {
        JsonNode entries = event.payload() == null ? null : event.payload().get("lines");
        if (entries == null || !entries.isArray()) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its lines", null);
        }
        List<RecordRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode line = entry.get("line");
            long version = entry.path("version").asLong(0);
            if (line == null || !line.path("lineId").canConvertToLong() || line.path("lineId").asLong() < 1 || version < 1
                    || !entry.path("updatedAt").isTextual()) {
                throw new MalformedEventException("event " + event.eventId() + ": lines[" + i
                        + "] lacks its line id, version or time", null);
            }
            rows.add(new RecordRow(ProcurementLinePayload.AGGREGATE_TYPE,
                    ProcurementLinePayload.aggregateId(event.deptCode(), event.fiscalYear(), line.get("lineId").asLong()),
                    event.deptCode(), event.fiscalYear(), version, line.path("deleted").asBoolean(false),
                    instant(event, i, entry.get("updatedAt").textValue()), line, line.toString()));
        }
        return rows;
    }

    private static Instant instant(EventEnvelope event, int index, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + event.eventId() + ": lines[" + index + "].updatedAt is not a time: " + text, e);
        }
    }
}
