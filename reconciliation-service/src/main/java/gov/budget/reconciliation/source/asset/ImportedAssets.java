package gov.budget.reconciliation.source.asset;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.projection.RecordRow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@code AssetsChanged} event, a register import's changed entries of one year, as the
 * record rows that each entry's own {@code AssetChanged} event would give: the same key, version,
 * time and payload, so that the register is projected alike whichever way an entry arrived.
 */
final class ImportedAssets {

    private ImportedAssets() {
    }

    static List<RecordRow> rows(EventEnvelope event) {
        JsonNode entries = event.payload() == null ? null : event.payload().get("assets");
        if (entries == null || !entries.isArray()) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its assets", null);
        }
        List<RecordRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonNode asset = entry.get("asset");
            String number = asset == null ? null : asset.path("assetNumber").textValue();
            long version = entry.path("version").asLong(0);
            if (number == null || version < 1 || !entry.path("updatedAt").isTextual()) {
                throw new MalformedEventException("event " + event.eventId() + ": assets[" + i
                        + "] lacks its asset number, version or time", null);
            }
            rows.add(new RecordRow(AssetPayload.AGGREGATE_TYPE, AssetPayload.aggregateId(event.deptCode(), number), event.deptCode(),
                    event.fiscalYear(), version, false, instant(event, i, entry.get("updatedAt").textValue()), asset, asset.toString()));
        }
        return rows;
    }

    private static Instant instant(EventEnvelope event, int index, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + event.eventId() + ": assets[" + index + "].updatedAt is not a time: " + text, e);
        }
    }
}
