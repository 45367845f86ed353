package gov.budget.imports.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An import in a list: where it stands and what it is, without its document or draft. */
public record ImportSummary(long id, String deptCode, DisclosureImport.Status status, String fileName,
                            @Schema(nullable = true) Integer fiscalYear, @Schema(nullable = true) String deptName,
                            String uploadedBy, Instant uploadedAt, @Schema(nullable = true) Instant parsedAt,
                            @Schema(nullable = true) Instant committedAt) {
}
