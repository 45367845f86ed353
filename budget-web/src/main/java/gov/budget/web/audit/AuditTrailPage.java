package gov.budget.web.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a budget's audit trail, oldest first; {@code nextAfterId} fetches the next page. */
public record AuditTrailPage(String deptCode,
                             int fiscalYear,
                             List<AuditRecordView> records,
                             @Schema(nullable = true) Long nextAfterId) {
}
