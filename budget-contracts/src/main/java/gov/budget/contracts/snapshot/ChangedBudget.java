package gov.budget.contracts.snapshot;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A budget that changed since a given time, with its current version. */
public record ChangedBudget(String deptCode,
                            int fiscalYear,
                            @Schema(nullable = true) String templateId,
                            long version,
                            Instant updatedAt) {
}
