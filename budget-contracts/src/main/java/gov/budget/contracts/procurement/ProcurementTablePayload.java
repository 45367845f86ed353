package gov.budget.contracts.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a procurement table prints besides its lines, as carried by a {@code ProcurementTableChanged}
 * event: the published subtotals and 合计, which reconciliation checks against the lines, and the note.
 */
public record ProcurementTablePayload(@Schema(nullable = true) String note, List<PublishedTotal> publishedTotals, int lineCount) {

    public static final String AGGREGATE_TYPE = "ProcurementTable";
    public static final String EVENT_TYPE = "ProcurementTableChanged";

    public static String aggregateId(String deptCode, int fiscalYear) {
        return deptCode + ":" + fiscalYear;
    }
}
