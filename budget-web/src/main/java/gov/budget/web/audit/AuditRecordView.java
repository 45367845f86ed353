package gov.budget.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One audit record as the API returns it; the before and after values are the records' JSON. */
public record AuditRecordView(long id,
                              Instant recordedAt,
                              String actor,
                              @Schema(nullable = true) String requestId,
                              String action,
                              @Schema(nullable = true) String deptCode,
                              @Schema(nullable = true) Integer fiscalYear,
                              String entityType,
                              @Schema(nullable = true) String entityKey,
                              @Schema(nullable = true) Long entityVersion,
                              @Schema(nullable = true) JsonNode before,
                              @Schema(nullable = true) JsonNode after,
                              @Schema(nullable = true) String reason) {
}
