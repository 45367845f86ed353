package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The other published Putuo disclosures: two 单位预算 and a 2026 department and unit pair. Each is
 * read with its report printed (tables found, cells read, problems with their pages). The 单位预算
 * print 表1's expenditure side broken into 合计, 基本支出 (人员经费, 公用经费) and 项目支出, which the
 * template's 表1 does not have: those figures are problems with their pages, not guesses.
 */
class CoverageReportTest {

    private static final DisclosureReader READER = new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());

    @ParameterizedTest
    @ValueSource(strings = {"putuo-commerce-unit-2025-budget.pdf", "putuo-office-unit-2025-budget.pdf", "putuo-justice-2026-budget.pdf",
            "putuo-justice-unit-2026-budget.pdf"})
    void everyTableIsFoundAndEveryProblemShowsItsPage(String file) {
        PrintedDocument document = new PdfWordReader(500, 30_000).read(Samples.bytes("putuo-pdf/" + file));
        DraftBudget draft = READER.read(document, READER.cover(document));
        System.out.printf("%s: %s %d %s, %d pages, %d tables found, %d cells read, %d problems%n", file, draft.region(),
                draft.fiscalYear(), draft.deptName(), document.pageCount(), draft.tables().size(), draft.cells(), draft.problems().size());
        for (ImportProblem problem : draft.problems()) {
            System.out.printf("  %s 表%s p%s: %s%n", problem.kind(), problem.tableNo(),
                    problem.evidence() == null ? "-" : problem.evidence().page(), problem.message());
        }
        assertEquals(9, draft.tables().size(), file);
        assertTrue(draft.problems().stream().allMatch(p -> p.evidence() != null && p.evidence().page() > 0), file + ": " + draft.problems());
        assertTrue(draft.problems().stream().allMatch(p -> p.tableNo() == 1), "only 表1 prints otherwise: " + draft.problems());
        if (file.equals("putuo-justice-2026-budget.pdf")) {
            assertEquals(0, draft.problems().size(), file + ": " + draft.problems());
        }
    }
}
