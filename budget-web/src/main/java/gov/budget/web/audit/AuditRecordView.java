package gov.budget.web.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One audit record as the API returns it; the before and after values are the records' JSON. */
public record AuditRecordView(long id, Instant recordedAt, String actor, String requestId, String action,
                              String deptCode, Integer fiscalYear, String entityType, String entityKey, Long entityVersion,
                              JsonNode before, JsonNode after, String reason) {
}
