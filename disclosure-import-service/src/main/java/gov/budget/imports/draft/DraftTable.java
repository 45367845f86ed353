package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One table of a draft budget: its rows in printed order, its printed note, and where its title was printed. */
public record DraftTable(int tableNo, @Schema(nullable = true) String note, List<DraftRow> rows, Evidence title) {
}
