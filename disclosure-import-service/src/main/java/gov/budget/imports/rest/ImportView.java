package gov.budget.imports.rest;

import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.service.DisclosureImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * An import as its caller sees it: where it stands, what the cover says, and once read the draft
 * budget with the evidence of every value and the problems, each with its page.
 */
public record ImportView(long id, String deptCode, DisclosureImport.Status status, String fileName, long sizeBytes, String sha256,
                         String region, Integer fiscalYear, @Schema(nullable = true) String deptName,
                         @Schema(nullable = true, description = "Once read") String templateId,
                         @Schema(nullable = true, description = "Once read") Integer pageCount,
                         String uploadedBy, Instant uploadedAt,
                         @Schema(nullable = true, description = "Once read") Instant parsedAt,
                         @Schema(nullable = true, description = "How long reading took, once read") Long parseMillis,
                         @Schema(nullable = true, description = "Tables found, once read") Integer tablesFound,
                         @Schema(nullable = true, description = "Values read, once read") Integer cellsRead,
                         @Schema(nullable = true, description = "Problems that keep the draft from being certain, once read")
                         Integer problemCount,
                         @Schema(nullable = true, description = "The draft budget with the evidence of every value, once read")
                         DraftBudget draft,
                         @Schema(nullable = true, description = "Why the document could not be read, when it failed") String error,
                         @Schema(nullable = true) String committedBy, @Schema(nullable = true) Instant committedAt,
                         @Schema(nullable = true, description = "The budget's version in the ledger after the commit") Long committedVersion) {

    static ImportView of(DisclosureImport upload, DraftBudget draft) {
        return new ImportView(upload.id, upload.deptCode, upload.status, upload.fileName, upload.sizeBytes, upload.sha256,
                upload.region, upload.fiscalYear, upload.deptName, upload.templateId, upload.pageCount, upload.uploadedBy,
                upload.uploadedAt, upload.parsedAt, upload.parseMillis,
                draft == null ? null : draft.tables().size(), draft == null ? null : draft.cells(),
                draft == null ? null : draft.problems().size(), draft, upload.error, upload.committedBy, upload.committedAt,
                upload.committedVersion);
    }
}
