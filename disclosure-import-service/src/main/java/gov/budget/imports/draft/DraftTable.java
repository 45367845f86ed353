package gov.budget.imports.draft;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One table of a draft budget: its rows in printed order, its printed note, and where its title was printed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftTable(int tableNo, String note, List<DraftRow> rows, Evidence title) {
}
