package gov.budget.reconciliation.source;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.projection.RecordRow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a group event, the records of one key that one write changed (a register import's
 * {@code AssetsChanged}, a procurement import's {@code ProcurementLinesChanged}, a plan import's
 * {@code ProjectSheetsChanged}), as the record rows that each record's own event would give: the
 * same key, version, time, payload and removal, so that a record is projected alike whichever way
 * it arrived. Each entry is {@code {"version": …, "updatedAt": …, "<record>": {…}}}.
 */
public final class GroupedRecords {

    private final String aggregateType;
    private final String entriesField;
    private final String recordField;
    private final BiFunction<EventEnvelope, JsonNode, String> aggregateId;

    /**
     * @param aggregateType the type of each record, as its own event names it
     * @param entriesField  the payload's field that lists the entries
     * @param recordField   the entry's field that holds the record's payload
     * @param aggregateId   the record's aggregate id from the event's budget and the record, or null when the record lacks its key
     */
    public GroupedRecords(String aggregateType, String entriesField, String recordField,
                          BiFunction<EventEnvelope, JsonNode, String> aggregateId) {
        this.aggregateType = aggregateType;
        this.entriesField = entriesField;
        this.recordField = recordField;
        this.aggregateId = aggregateId;
    }

    /** The rows of the event's entries, in order; a {@code MalformedEventException} when an entry lacks its key, version or time. */
    public List<RecordRow> rows(EventEnvelope event) {
        JsonNode entries = event.payload() == null ? null : event.payload().get(entriesField);
        if (entries == null || !entries.isArray()) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its " + entriesField, null);
        }
        List<RecordRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode record = entry.get(recordField);
            String id = record == null || !record.isObject() ? null : aggregateId.apply(event, record);
            long version = entry.path("version").asLong(0);
            if (id == null || version < 1 || !entry.path("updatedAt").isTextual()) {
                throw new MalformedEventException("event " + event.eventId() + ": " + entriesField + "[" + i
                        + "] lacks its key, version or time", null);
            }
            rows.add(new RecordRow(aggregateType, id, event.deptCode(), event.fiscalYear(), version,
                    record.path("deleted").asBoolean(false), instant(event, i, entry.get("updatedAt").textValue()), record,
                    record.toString()));
        }
        return rows;
    }

    private Instant instant(EventEnvelope event, int index, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + event.eventId() + ": " + entriesField + "[" + index
                    + "].updatedAt is not a time: " + text, e);
        }
    }
}
